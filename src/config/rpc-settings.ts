import { DEVNET_CHAIN_ID, defaultRpcUrls } from "./chains";
import { devnetInfo } from "./devnet";

const KEY = "plenum.rpc.v1";
type Stored = Record<string, string[]>;
const listeners = new Set<() => void>();

function read(): Stored {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return {};
    const out: Stored = {};
    for (const [id, urls] of Object.entries(parsed)) {
      if (Array.isArray(urls)) out[id] = urls.filter((u): u is string => typeof u === "string");
    }
    return out;
  } catch {
    return {};
  }
}

/** The RPC URLs the user saved for a chain (empty = use the defaults). */
export function userRpcUrls(chainId: number): string[] {
  return read()[String(chainId)] ?? [];
}

/** Chain ids with user-saved RPC URLs. */
export function userChainIds(): number[] {
  return Object.keys(read())
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** Saves a chain's RPC URLs in fallback order; an empty list goes back to the defaults. */
export function saveUserRpcUrls(chainId: number, urls: string[]): void {
  const all = read();
  if (urls.length === 0) delete all[String(chainId)];
  else all[String(chainId)] = urls;
  localStorage.setItem(KEY, JSON.stringify(all));
  for (const l of listeners) l();
}

/** Calls back whenever saved RPC URLs change; returns the unsubscribe function. */
export function subscribeRpcSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The devnet's URL from devnet.json, used when the user saved none for 31337. */
function devnetDefaults(): string[] {
  const info = devnetInfo();
  return info && info.chainId === DEVNET_CHAIN_ID ? [info.rpcUrl] : [];
}

/** The default RPC URLs of a chain: public ones for known chains, devnet.json's for the devnet. */
export function builtInRpcUrls(chainId: number): string[] {
  return chainId === DEVNET_CHAIN_ID ? devnetDefaults() : defaultRpcUrls(chainId);
}

/** The URLs to use for a chain, in fallback order: the user's, else the defaults. */
export function rpcUrlsFor(chainId: number): string[] {
  const user = userRpcUrls(chainId);
  return user.length > 0 ? user : builtInRpcUrls(chainId);
}
