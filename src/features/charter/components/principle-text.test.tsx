import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen } from "@testing-library/react";
import { keccak256, stringToBytes } from "viem";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrincipleText } from "./principle-text";

const hostile = "<img src=x onerror=alert(1)> **bold**";
const inline = `data:text/markdown,${encodeURIComponent(hostile)}`;

function renderText(uri: string, contentHash: `0x${string}`) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PrincipleText uri={uri} contentHash={contentHash} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("PrincipleText", () => {
  it("shows inline text as text, never as HTML, with the hash verdict", () => {
    const { container } = renderText(inline, keccak256(stringToBytes(hostile)));
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(/Content hash: matches \(keccak256/)).toBeTruthy();
  });

  it("says when the text does not match the ratified hash", () => {
    renderText(inline, keccak256(stringToBytes("something else")));
    expect(screen.getByRole("alert").textContent).toMatch(/does not match/);
  });

  it("fetches a remote text only on click, naming its host, then checks it", async () => {
    const fetchMock = vi.fn(async () => new Response("Remote principle"));
    vi.stubGlobal("fetch", fetchMock);
    renderText("https://charter.example.org/p.md", keccak256(stringToBytes("Remote principle")));
    expect(screen.getByText(/not checked/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Fetch the text from charter.example.org" }));
    await screen.findByText("Remote principle");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Content hash: matches/)).toBeTruthy();
  });

  it("does not follow schemes it cannot fetch without a third party", () => {
    renderText("ipfs://bafyexample", `0x${"0".repeat(64)}`);
    expect(screen.getByText(/Text not shown: ipfs: links need a gateway/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
