import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import { requestAccountPick } from "./account-picker";
import { AccountPickerHost } from "./account-picker-dialog";
import { createDevnetProvider } from "./devnet-provider";

const alice: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const bob: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const accounts = [
  { name: "Alice", address: alice },
  { name: "Bob", address: bob },
];

/** A fake anvil that records what was forwarded. */
function fakeRpc() {
  const calls: { method: string; params: unknown }[] = [];
  const fetcher = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { id: number; method: string; params: unknown };
    calls.push({ method: body.method, params: body.params });
    return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: "0xabc" }));
  });
  return { calls, fetcher: fetcher as unknown as typeof fetch };
}

describe("Devnet wallet provider", () => {
  it("shows no account until the person picks one, then forwards their transactions", async () => {
    const rpc = fakeRpc();
    const provider = createDevnetProvider({
      rpcUrl: "http://127.0.0.1:8545",
      chainId: 31337,
      accounts,
      pickAccount: async () => alice,
      fetcher: rpc.fetcher,
    });
    const changed = vi.fn();
    provider.on("accountsChanged", changed);

    expect(await provider.request({ method: "eth_accounts" })).toEqual([]);
    await expect(
      provider.request({ method: "eth_sendTransaction", params: [{ from: alice, to: bob }] }),
    ).rejects.toMatchObject({ code: 4100 });
    expect(await provider.request({ method: "eth_requestAccounts" })).toEqual([alice]);
    expect(changed).toHaveBeenCalledWith([alice]);
    expect(await provider.request({ method: "eth_accounts" })).toEqual([alice]);
    expect(
      await provider.request({ method: "eth_sendTransaction", params: [{ from: alice, to: bob }] }),
    ).toBe("0xabc");
    expect(rpc.calls.map((c) => c.method)).toEqual(["eth_sendTransaction"]);
  });

  it("rejects with 4001 when the picker is cancelled, and 4902 for other chains", async () => {
    const provider = createDevnetProvider({
      rpcUrl: "http://127.0.0.1:8545",
      chainId: 31337,
      accounts,
      pickAccount: async () => null,
    });
    await expect(provider.request({ method: "eth_requestAccounts" })).rejects.toMatchObject({ code: 4001 });
    expect(await provider.request({ method: "eth_chainId" })).toBe("0x7a69");
    expect(
      await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: "0x7a69" }] }),
    ).toBeNull();
    await expect(
      provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: "0x1" }] }),
    ).rejects.toMatchObject({ code: 4902 });
  });
});

describe("Devnet account dialog", () => {
  it("lists named accounts and answers with the one clicked", async () => {
    render(<AccountPickerHost />);
    let picked: Promise<Address | null> = Promise.resolve(null);
    act(() => {
      picked = requestAccountPick(accounts);
    });
    const dialog = screen.getByRole("dialog", { name: "Choose a devnet account" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    await userEvent.setup().click(screen.getByRole("button", { name: new RegExp(`^Alice ${alice}$`) }));
    expect(await picked).toBe(alice);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("answers null on Escape", async () => {
    render(<AccountPickerHost />);
    let picked: Promise<Address | null> = Promise.resolve(alice);
    act(() => {
      picked = requestAccountPick(accounts);
    });
    await userEvent.setup().keyboard("{Escape}");
    expect(await picked).toBeNull();
  });
});
