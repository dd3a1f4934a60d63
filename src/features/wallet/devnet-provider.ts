import type { Address } from "viem";

/** An EIP-1193 error with the standard code (4001 rejected, 4100 unauthorized, 4902 unknown chain). */
export class ProviderRpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = "ProviderRpcError";
  }
}

/** An account the Devnet wallet offers, with the name shown in the picker. */
export type NamedAccount = { name: string; address: Address };

export type DevnetProviderOptions = {
  rpcUrl: string;
  chainId: number;
  /** Named accounts from devnet.json; when empty, anvil's own eth_accounts are offered as "Account n". */
  accounts: NamedAccount[];
  /** Asks the person to pick an account; resolves null when they cancel. */
  pickAccount: (accounts: NamedAccount[]) => Promise<Address | null>;
  fetcher?: typeof fetch;
};

type Listener = (...args: unknown[]) => void;
type RequestArgs = { method: string; params?: unknown };

// Methods that act for an account: only the picked account may use them.
const signing = new Set(["eth_sendTransaction", "eth_signTypedData_v4", "personal_sign", "eth_sign"]);

/** A Devnet wallet: forwards to anvil (which signs for its unlocked accounts) and gates accounts behind a picker. */
export function createDevnetProvider(options: DevnetProviderOptions) {
  const { rpcUrl, chainId, pickAccount, fetcher = fetch } = options;
  const hexChainId = `0x${chainId.toString(16)}`;
  const listeners = new Map<string, Set<Listener>>();
  let connected: Address[] = [];
  let rpcId = 0;

  const emit = (event: string, ...args: unknown[]) => {
    for (const l of listeners.get(event) ?? []) l(...args);
  };

  async function rpc(method: string, params: unknown): Promise<unknown> {
    const res = await fetcher(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcId, method, params: params ?? [] }),
    });
    const body = (await res.json()) as {
      result?: unknown;
      error?: { code: number; message: string; data?: unknown };
    };
    if (body.error) throw new ProviderRpcError(body.error.code, body.error.message, body.error.data);
    return body.result;
  }

  async function offered(): Promise<NamedAccount[]> {
    if (options.accounts.length > 0) return options.accounts;
    const raw = (await rpc("eth_accounts", [])) as Address[];
    return raw.map((address, i) => ({ name: `Account ${i + 1}`, address }));
  }

  async function pick(): Promise<Address[]> {
    const picked = await pickAccount(await offered());
    if (!picked) throw new ProviderRpcError(4001, "User rejected the request.");
    const wasConnected = connected.length > 0;
    connected = [picked];
    if (!wasConnected) emit("connect", { chainId: hexChainId });
    emit("accountsChanged", connected);
    return connected;
  }

  function signer(method: string, params: unknown): string | undefined {
    const list = Array.isArray(params) ? params : [];
    if (method === "eth_sendTransaction") return (list[0] as { from?: string } | undefined)?.from;
    if (method === "personal_sign") return list[1] as string | undefined;
    return list[0] as string | undefined;
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
        return hexChainId;
      case "net_version":
        return String(chainId);
      case "wallet_switchEthereumChain": {
        const wanted = (Array.isArray(params) ? (params[0] as { chainId?: string }) : undefined)?.chainId;
        if (wanted?.toLowerCase() !== hexChainId)
          throw new ProviderRpcError(4902, `The Devnet wallet only knows chain ${chainId}.`);
        return null;
      }
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
