import type { Address } from "viem";
import { forwardRpc, ProviderRpcError } from "./devnet-rpc";

/** An account the Devnet wallet offers, with the name shown in the picker. */
export type NamedAccount = { name: string; address: Address };

/** A chain the Devnet wallet can be on: its id, the name it shows, and the node it sends to. */
export type WalletChain = { chainId: number; name: string; rpcUrl: string };

/** What the picker offers: the accounts, the chains, and the chain the wallet is on now. */
export type AccountOffer = { accounts: NamedAccount[]; chains: WalletChain[]; chainId: number };

/** The person's answer in the picker: an account, and the chain to be on. */
export type AccountPick = { address: Address; chainId: number };

export type DevnetProviderOptions = {
  /** The chains the wallet knows; it starts on the first. */
  chains: [WalletChain, ...WalletChain[]];
  /** Named accounts from devnet.json; when empty, anvil's own eth_accounts are offered as "Account n". */
  accounts: NamedAccount[];
  /** Asks the person to pick an account (and a chain); resolves null when they cancel. */
  pickAccount: (offer: AccountOffer) => Promise<AccountPick | null>;
  /** Asks the person whether the page may switch the wallet to another chain (a real wallet's prompt). */
  confirmSwitch: (from: WalletChain, to: WalletChain) => Promise<boolean>;
  fetcher?: typeof fetch;
};

type Listener = (...args: unknown[]) => void;
type RequestArgs = { method: string; params?: unknown };

// Methods that act for an account: only the picked account may use them.
const signing = new Set(["eth_sendTransaction", "eth_signTypedData_v4", "personal_sign", "eth_sign"]);
const hex = (id: number) => `0x${id.toString(16)}`;

function signer(method: string, params: unknown): string | undefined {
  const list = Array.isArray(params) ? params : [];
  if (method === "eth_sendTransaction") return (list[0] as { from?: string } | undefined)?.from;
  if (method === "personal_sign") return list[1] as string | undefined;
  return list[0] as string | undefined;
}

/**
 * A Devnet wallet: on one of its chains at a time, it forwards to that chain's anvil (which signs for its
 * unlocked accounts), gates accounts behind a picker and switches chains only after the person agrees.
 */
export function createDevnetProvider(options: DevnetProviderOptions) {
  const { chains, pickAccount, confirmSwitch, fetcher = fetch } = options;
  const listeners = new Map<string, Set<Listener>>();
  let connected: Address[] = [];
  let chain: WalletChain = chains[0];

  const emit = (event: string, ...args: unknown[]) => {
    for (const l of listeners.get(event) ?? []) l(...args);
  };
  // Every forwarded call goes to the node of the chain the wallet is on now, as a real wallet does.
  const rpc = (method: string, params: unknown) => forwardRpc(fetcher, chain.rpcUrl, method, params);
  const moveTo = (next: WalletChain) => {
    if (next.chainId === chain.chainId) return;
    chain = next;
    emit("chainChanged", hex(next.chainId));
  };

  async function offered(): Promise<NamedAccount[]> {
    if (options.accounts.length > 0) return options.accounts;
    const raw = (await rpc("eth_accounts", [])) as Address[];
    return raw.map((address, i) => ({ name: `Account ${i + 1}`, address }));
  }

  async function pick(): Promise<Address[]> {
    const picked = await pickAccount({ accounts: await offered(), chains, chainId: chain.chainId });
    if (!picked) throw new ProviderRpcError(4001, "User rejected the request.");
    const wasConnected = connected.length > 0;
    const next = chains.find((c) => c.chainId === picked.chainId) ?? chain;
    if (wasConnected) moveTo(next);
    else chain = next;
    connected = [picked.address];
    if (!wasConnected) emit("connect", { chainId: hex(chain.chainId) });
    emit("accountsChanged", connected);
    return connected;
  }

  async function switchTo(params: unknown): Promise<null> {
    const wanted = (Array.isArray(params) ? (params[0] as { chainId?: string }) : undefined)?.chainId;
    const to = chains.find((c) => hex(c.chainId) === wanted?.toLowerCase());
    if (!to) {
      const known = chains.map((c) => c.chainId).join(", ");
      throw new ProviderRpcError(
        4902,
        `The Devnet wallet does not know chain ${wanted} (it knows ${known}).`,
      );
    }
    if (to.chainId === chain.chainId) return null;
    if (!(await confirmSwitch(chain, to)))
      throw new ProviderRpcError(4001, `User rejected switching to ${to.name}.`);
    moveTo(to);
    return null;
  }

  async function request({ method, params }: RequestArgs): Promise<unknown> {
    switch (method) {
      case "eth_accounts":
        return connected;
      case "eth_requestAccounts":
        return connected.length > 0 ? connected : pick();
      case "wallet_requestPermissions":
        await pick();
        return [{ parentCapability: "eth_accounts" }];
      case "wallet_getPermissions":
        return connected.length > 0 ? [{ parentCapability: "eth_accounts" }] : [];
      case "wallet_revokePermissions":
        connected = [];
        emit("accountsChanged", []);
        return null;
      case "eth_chainId":
        return hex(chain.chainId);
      case "net_version":
        return String(chain.chainId);
      case "wallet_switchEthereumChain":
        return switchTo(params);
      case "wallet_addEthereumChain":
        throw new ProviderRpcError(4200, "The Devnet wallet cannot add chains.");
    }
    if (signing.has(method)) {
      const from = signer(method, params)?.toLowerCase();
      if (!from || !connected.some((a) => a.toLowerCase() === from))
        throw new ProviderRpcError(4100, "The Devnet wallet has not been given this account.");
    }
    return rpc(method, params);
  }

  return {
    request,
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
    },
    isDevnetWallet: true as const,
  };
}

/** The provider object createDevnetProvider returns. */
export type DevnetProvider = ReturnType<typeof createDevnetProvider>;
