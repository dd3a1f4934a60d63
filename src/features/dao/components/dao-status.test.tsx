import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HttpRequestError } from "viem";
import { describe, expect, it, vi } from "vitest";
import { NoCodeError, NoRpcError, NotGovernorError } from "@/lib/app-errors";
import { DaoLoadError, DaoLoading, DaoParamsError } from "./dao-status";

const address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const show = (error: unknown, onRetry = vi.fn()) => {
  render(
    <DaoLoadError
      error={error}
      address={address}
      chainName="Plenum devnet"
      retrying={false}
      onRetry={onRetry}
    />,
  );
  return onRetry;
};

describe("DAO status panels", () => {
  it("names the RPC host that is down and retries on request", async () => {
    const onRetry = show(
      new HttpRequestError({ url: "http://127.0.0.1:8610", cause: new TypeError("fetch failed") }),
    );
    expect(screen.getByRole("alert").textContent).toContain(
      "The RPC endpoint 127.0.0.1:8610 is not answering.",
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByRole("link", { name: "Open Settings" })).toBeTruthy();
  });

  it("says when there is no contract at the address, without a pointless retry", () => {
    show(new NoCodeError(address, 31337));
    expect(screen.getByRole("alert").textContent).toContain(`There is no contract at ${address}`);
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
  });

  it("says when the contract is not a governor (for example the token)", () => {
    show(new NotGovernorError(address, ["votingDelay()", "votingPeriod()"]));
    expect(screen.getByRole("alert").textContent).toContain("This contract is not an OpenZeppelin Governor.");
  });

  it("points to Settings for a chain without RPC", () => {
    show(new NoRpcError(424242));
    expect(screen.getByRole("alert").textContent).toContain("No RPC URL is set for chain 424242.");
    expect(screen.getByRole("link", { name: "Open Settings" }).getAttribute("href")).toBe("#/settings");
  });

  it("explains a malformed URL and shows progress while loading", () => {
    render(<DaoParamsError message={'"0x12" is not an address: expected 0x followed by 40 hex digits.'} />);
    expect(screen.getByRole("heading", { name: "This link does not name a DAO" })).toBeTruthy();
    render(<DaoLoading address={address} chainName="Plenum devnet" />);
    expect(screen.getByRole("status").textContent).toContain(
      "Reading the governor at 0x5FbD…0aa3 on Plenum devnet",
    );
  });
});
