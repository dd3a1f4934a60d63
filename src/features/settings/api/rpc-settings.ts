import { fetchChainId } from "@/chain/client";
import { builtInRpcUrls, saveUserRpcUrls, userRpcUrls } from "@/config/rpc-settings";
import { describeError } from "@/lib/errors";
import { rpcHost } from "@/lib/rpc-urls";

/** One chain's RPC settings as the settings screen shows them. */
export type ChainRpcSettings = { chainId: number; name: string; defaults: string[]; saved: string[] };

/** The settings of each chain id given. */
export function chainRpcSettings(chains: { id: number; name: string }[]): ChainRpcSettings[] {
  return chains.map((c) => ({
    chainId: c.id,
    name: c.name,
    defaults: builtInRpcUrls(c.id),
    saved: userRpcUrls(c.id),
  }));
}

/** Saves a chain's URLs (empty = back to defaults). */
export function saveChainRpcUrls(chainId: number, urls: string[]): void {
  saveUserRpcUrls(chainId, urls);
}

/** The outcome of testing one URL, in words. */
export type RpcTestResult = { url: string; ok: boolean; message: string };

/** Calls eth_chainId on a URL and says whether it is the expected chain. */
export async function testRpcUrl(url: string, expectedChainId: number): Promise<RpcTestResult> {
  const host = rpcHost(url);
  try {
    const got = await fetchChainId(url);
    return got === expectedChainId
      ? { url, ok: true, message: `${host}: chain ${got}, matches.` }
      : { url, ok: false, message: `${host}: answered chain ${got}, expected ${expectedChainId}.` };
  } catch (e) {
    const title = describeError(e).title;
    return { url, ok: false, message: title.includes(host) ? title : `${host}: ${title}` };
  }
}
