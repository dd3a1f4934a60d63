import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DaoPickerForm } from "./dao-picker-form";

const chains = [
  { id: 31337, name: "Plenum devnet" },
  { id: 1, name: "Ethereum" },
];

function setup() {
  const onOpen = vi.fn();
  render(<DaoPickerForm chains={chains} hasRpc={(id) => id === 31337 || id === 1} onOpen={onOpen} />);
  return { onOpen, user: userEvent.setup() };
}

describe("DaoPickerForm", () => {
  it("explains a missing and then a malformed address, inline and linked to the field", async () => {
    const { onOpen, user } = setup();
    await user.click(screen.getByRole("button", { name: "Open DAO" }));
    const field = screen.getByLabelText("Governor address");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter the governor contract's address.")).toBeTruthy();

    await user.type(field, "0x1234");
    expect(screen.getByText(/not an address: expected 0x followed by 40 hex digits/)).toBeTruthy();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("asks for an RPC when another chain id has none", async () => {
    const { onOpen, user } = setup();
    await user.selectOptions(screen.getByLabelText("Chain"), "other");
    await user.type(screen.getByLabelText("Chain id"), "424242");
    await user.type(screen.getByLabelText("Governor address"), "0x5fbdb2315678afecb367f032d93f642f64180aa3");
    await user.click(screen.getByRole("button", { name: "Open DAO" }));
    expect(screen.getByText(/No RPC URL is set for chain 424242/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open Settings" }).getAttribute("href")).toBe("#/settings");
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("opens a valid DAO with a checksummed address", async () => {
    const { onOpen, user } = setup();
    await user.type(screen.getByLabelText("Governor address"), "0x5fbdb2315678afecb367f032d93f642f64180aa3");
    await user.click(screen.getByRole("button", { name: "Open DAO" }));
    expect(onOpen).toHaveBeenCalledWith({
      chainId: 31337,
      address: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    });
  });
});
