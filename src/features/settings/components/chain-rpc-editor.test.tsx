import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ChainRpcEditor } from "./chain-rpc-editor";

const chain = { chainId: 10, name: "OP Mainnet", defaults: ["https://mainnet.optimism.io"], saved: [] };

describe("ChainRpcEditor", () => {
  it("refuses a bad line with a message tied to the field, and saves good URLs in order", async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(<ChainRpcEditor chain={chain} onSave={onSave} onTest={vi.fn()} />);
    const box = screen.getByLabelText("RPC URLs for OP Mainnet");
    await user.type(box, "https://b.example.org{Enter}ftp://a.example.org");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByText(/Line 2: "ftp:\/\/a.example.org" must start with http/)).toBeTruthy();
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(box);
    await user.type(box, "https://b.example.org{Enter}wss://a.example.org");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith(["https://b.example.org", "wss://a.example.org"]);
    expect(screen.getByText("Saved 2 URLs.")).toBeTruthy();
  });

  it("tests the defaults when the box is empty and reports each URL", async () => {
    const onTest = vi.fn(async (url: string) => ({
      url,
      ok: false,
      message: "mainnet.optimism.io: answered chain 1, expected 10.",
    }));
    render(<ChainRpcEditor chain={chain} onSave={vi.fn()} onTest={onTest} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Test" }));
    expect(onTest).toHaveBeenCalledWith("https://mainnet.optimism.io");
    expect((await screen.findByText(/answered chain 1, expected 10/)).textContent).toContain("✗");
  });
});
