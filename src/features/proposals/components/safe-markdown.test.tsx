import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SafeMarkdown } from "./safe-markdown";

describe("SafeMarkdown", () => {
  it("renders markdown structure and GFM tables", () => {
    render(
      <SafeMarkdown text={"## Budget\n\n| item | tUSD |\n|---|---|\n| audit | 40,000 |\n\n- one\n- two"} />,
    );
    expect(screen.getByRole("heading", { name: "Budget" })).toBeTruthy();
    expect(screen.getByRole("table")).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  it("never renders raw HTML or scripts", () => {
    const { container } = render(
      <SafeMarkdown
        text={'<script>window.pwned=1</script><img src=x onerror="window.pwned=1"><b>bold?</b>\n\nplain'}
      />,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("[onerror]")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toContain("plain");
  });

  it("shows raw HTML and hidden comments as marked text, so a voter knows something was there", () => {
    const { container } = render(
      <SafeMarkdown
        text={"Send 10 tUSD<!-- real amount: 1,000,000 -->\n\n<div onclick=x>block</div>\n\nend"}
      />,
    );
    const shown = [...container.querySelectorAll("code.md-html")].map((e) => e.textContent?.trim());
    expect(shown).toEqual(["<!-- real amount: 1,000,000 -->", "<div onclick=x>block</div>"]);
    expect(container.querySelector("code.md-html")?.getAttribute("title")).toMatch(/shown as text/);
    expect(container.querySelector("div[onclick]")).toBeNull();
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const { container } = render(
      <SafeMarkdown
        text={
          "[click me](javascript:alert(1)) and [data](data:text/html,hi) and [ok](https://forum.example/t/1)"
        }
      />,
    );
    const links = container.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("href")).toBe("https://forum.example/t/1");
    expect(links[0]?.getAttribute("rel")).toContain("noopener");
    expect(screen.getByText("click me")).toBeTruthy();
    expect(screen.getByText("(forum.example)", { exact: false })).toBeTruthy();
  });

  it("shows the real host when the link text pretends to be another site", () => {
    render(<SafeMarkdown text={"[https://treasury.aicommons.org](https://evil.example/drain)"} />);
    expect(screen.getByRole("link").textContent).toContain("(evil.example)");
  });

  it("loads a remote image only after a click", async () => {
    const { container } = render(<SafeMarkdown text={"![chart](https://tracker.example/pixel.png)"} />);
    expect(container.querySelector("img")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /Load image from tracker.example/ }));
    expect(container.querySelector("img")?.getAttribute("src")).toBe("https://tracker.example/pixel.png");
  });
});
