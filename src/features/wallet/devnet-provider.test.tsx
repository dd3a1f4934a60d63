import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import { requestAccountPick, requestSwitchConsent } from "./account-picker";
import { AccountPickerHost } from "./account-picker-dialog";
import { type AccountPick, createDevnetProvider, type WalletChain } from "./devnet-provider";

const alice: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const bob: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const accounts = [
  { name: "Alice", address: alice },
  { name: "Bob", address: bob },
];
const devnet: WalletChain = { chainId: 31337, name: "Plenum devnet", rpcUrl: "http://127.0.0.1:8545" };
const other: WalletChain = { chainId: 31338, name: "chain 31338", rpcUrl: "http://127.0.0.1:9545" };

/** A fake pair of anvils that records what was forwarded, and to which node. */
function fakeRpc() {
  const calls: { url: string; method: string; params: unknown }[] = [];
  const fetcher = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { id: number; method: string; params: unknown };
    calls.push({ url: String(url), method: body.method, params: body.params });
    return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: "0xabc" }));
  });
  return { calls, fetcher: fetcher as unknown as typeof fetch };
}

function wallet(o: { pick?: AccountPick | null; consent?: boolean } = {}) {
  const rpc = fakeRpc();
  const confirmSwitch = vi.fn(async () => o.consent ?? true);
  const provider = createDevnetProvider({
    chains: [devnet, other],
    accounts,
    pickAccount: async () => (o.pick === undefined ? { address: alice, chainId: 31337 } : o.pick),
    confirmSwitch,
    fetcher: rpc.fetcher,
  });
  const chainChanged = vi.fn();
  provider.on("chainChanged", chainChanged);
  return { provider, rpc, confirmSwitch, chainChanged };
}

const send = { method: "eth_sendTransaction", params: [{ from: alice, to: bob }] };
const switchTo = (chainId: string) => ({ method: "wallet_switchEthereumChain", params: [{ chainId }] });

describe("Devnet wallet provider", () => {
  it("shows no account until the person picks one, then forwards their transactions", async () => {
    const { provider, rpc } = wallet();
    const changed = vi.fn();
    provider.on("accountsChanged", changed);

    expect(await provider.request({ method: "eth_accounts" })).toEqual([]);
    await expect(provider.request(send)).rejects.toMatchObject({ code: 4100 });
    expect(await provider.request({ method: "eth_requestAccounts" })).toEqual([alice]);
    expect(changed).toHaveBeenCalledWith([alice]);
    expect(await provider.request({ method: "eth_accounts" })).toEqual([alice]);
    expect(await provider.request(send)).toBe("0xabc");
    expect(rpc.calls.map((c) => [c.url, c.method])).toEqual([[devnet.rpcUrl, "eth_sendTransaction"]]);
  });

  it("rejects with 4001 when the picker is cancelled, and 4902 for chains it does not know", async () => {
    const { provider, confirmSwitch } = wallet({ pick: null });
    await expect(provider.request({ method: "eth_requestAccounts" })).rejects.toMatchObject({ code: 4001 });
    expect(await provider.request({ method: "eth_chainId" })).toBe("0x7a69");
    expect(await provider.request(switchTo("0x7a69"))).toBeNull();
    await expect(provider.request(switchTo("0x1"))).rejects.toMatchObject({ code: 4902 });
    expect(confirmSwitch).not.toHaveBeenCalled();
  });

  it("connects on the chain picked, answers eth_chainId with it and sends to that chain's node", async () => {
    const { provider, rpc } = wallet({ pick: { address: alice, chainId: 31338 } });
    const connect = vi.fn();
    provider.on("connect", connect);
    await provider.request({ method: "eth_requestAccounts" });
    expect(connect).toHaveBeenCalledWith({ chainId: "0x7a6a" });
    expect(await provider.request({ method: "eth_chainId" })).toBe("0x7a6a");
    expect(await provider.request({ method: "net_version" })).toBe("31338");
    await provider.request(send);
    await provider.request({ method: "eth_blockNumber" });
    expect(rpc.calls.map((c) => c.url)).toEqual([other.rpcUrl, other.rpcUrl]);
  });

  it("switches only after the person agrees, emitting chainChanged, then sends to the new chain", async () => {
    const { provider, rpc, confirmSwitch, chainChanged } = wallet({
      pick: { address: alice, chainId: 31338 },
    });
    await provider.request({ method: "eth_requestAccounts" });
    expect(await provider.request(switchTo("0x7a69"))).toBeNull();
    expect(confirmSwitch).toHaveBeenCalledWith(other, devnet);
    expect(chainChanged).toHaveBeenCalledWith("0x7a69");
    expect(await provider.request({ method: "eth_chainId" })).toBe("0x7a69");
    await provider.request(send);
    expect(rpc.calls.map((c) => [c.url, c.method])).toEqual([[devnet.rpcUrl, "eth_sendTransaction"]]);
  });

  it("stays on its chain and sends nothing when the person refuses the switch (4001)", async () => {
    const { provider, rpc, chainChanged } = wallet({
      pick: { address: alice, chainId: 31338 },
      consent: false,
    });
    await provider.request({ method: "eth_requestAccounts" });
    await expect(provider.request(switchTo("0x7a69"))).rejects.toMatchObject({ code: 4001 });
    expect(chainChanged).not.toHaveBeenCalled();
    expect(await provider.request({ method: "eth_chainId" })).toBe("0x7a6a");
    expect(rpc.calls).toEqual([]);
  });
});

describe("Devnet wallet dialogs", () => {
  const offer = { accounts, chains: [devnet, other], chainId: 31337 };

  it("lists named accounts and answers with the one clicked, on the network chosen", async () => {
    render(<AccountPickerHost />);
    let picked: Promise<AccountPick | null> = Promise.resolve(null);
    act(() => {
      picked = requestAccountPick(offer);
    });
    const dialog = screen.getByRole("dialog", { name: "Choose a devnet account" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText("Network"), "31338");
    await user.click(screen.getByRole("button", { name: new RegExp(`^Alice ${alice}$`) }));
    expect(await picked).toEqual({ address: alice, chainId: 31338 });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("answers null on Escape", async () => {
    render(<AccountPickerHost />);
    let picked: Promise<AccountPick | null> = Promise.resolve({ address: alice, chainId: 1 });
    act(() => {
      picked = requestAccountPick({ ...offer, chains: [devnet] });
    });
    expect(screen.queryByLabelText("Network")).toBeNull();
    await userEvent.setup().keyboard("{Escape}");
    expect(await picked).toBeNull();
  });

  it.each([
    ["Switch to Plenum devnet", true],
    ["Refuse", false],
  ])("asks before switching networks: %s answers %s", async (button, answer) => {
    render(<AccountPickerHost />);
    let ok: Promise<boolean> = Promise.resolve(!answer);
    act(() => {
      ok = requestSwitchConsent(other, devnet);
    });
    const dialog = screen.getByRole("dialog", { name: "Switch network?" });
    expect(dialog.textContent).toContain("from chain 31338 (31338) to Plenum devnet (31337)");
    await userEvent.setup().click(screen.getByRole("button", { name: button }));
    expect(await ok).toBe(answer);
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
