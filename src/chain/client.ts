import {
  type Chain,
  createPublicClient,
  type EIP1193Parameters,
  fallback,
  http,
  type PublicClient,
  type PublicRpcSchema,
  type Transport,
  webSocket,
} from "viem";
import { chainFor } from "@/config/chains";
import { rpcUrlsFor } from "@/config/rpc-settings";
import { NoRpcError, RpcDeadlineError } from "@/lib/app-errors";
import { createBoundedMap } from "@/lib/bounded-map";
import { isWebSocketUrl, rpcHost } from "@/lib/rpc-urls";

/** How hard a client tries before giving up: the UI wants an answer (or an error) within ~5 s. */
export type RetryPolicy = { retryCount: number; retryDelayMs: number; timeoutMs: number };

/** Bounded for screens: a dead endpoint is reported in about a second, a silent one in ~4 s. */
export const uiRetryPolicy: RetryPolicy = { retryCount: 2, retryDelayMs: 250, timeoutMs: 4_000 };

/** A fallback transport over the URLs in order; viem backs off exponentially between rounds. `batch`: calls
 * made in the same tick over HTTP go as one JSON-RPC batch (one round trip, one request to the provider). */
export function rpcTransport(
  urls: readonly string[],
  policy: RetryPolicy = uiRetryPolicy,
  batch = false,
): Transport {
  const each = urls.map((url) =>
    isWebSocketUrl(url)
      ? webSocket(url, { retryCount: 0, timeout: policy.timeoutMs })
      : http(url, { retryCount: 0, timeout: policy.timeoutMs, batch }),
  );
  return fallback(each, { retryCount: policy.retryCount, retryDelay: policy.retryDelayMs });
}

/** A public client for a chain over explicit URLs (throws NoRpcError when there are none). */
export function createRpcClient(
  chain: Chain,
  urls: readonly string[],
  policy?: RetryPolicy,
  batch = false,
): PublicClient {
  if (urls.length === 0) throw new NoRpcError(chain.id);
  return createPublicClient({ chain, transport: rpcTransport(urls, policy, batch) });
}

/** The sync engine's client: `request` one call per HTTP request (a range error reaches the splitter alone),
 * `requestBatch` several calls in one JSON-RPC batch (the deploy-block search's probes). Neither retries: the
 * engine does, with its own backoff. */
export function createEngineClient(chain: Chain, urls: readonly string[], policy: RetryPolicy) {
  const single = createRpcClient(chain, urls, policy);
  // Calls made in the same tick go out together; viem matches the answers to the calls by id.
  const batched = createRpcClient(chain, urls, policy, true);
  return {
    request: single.request,
    requestBatch: (calls: readonly EIP1193Parameters<PublicRpcSchema>[]) =>
      Promise.allSettled(calls.map((c): Promise<unknown> => batched.request(c, { retryCount: 0 }))),
  };
}

// Keyed by chain and URLs: settings edits add keys, so only the most recent clients are kept.
const cache = createBoundedMap<string, PublicClient>(16);

/** The shared public client for a chain id over its configured RPC URLs (rebuilt when they change). */
export function getPublicClient(chainId: number): PublicClient {
  const urls = rpcUrlsFor(chainId);
  const key = `${chainId} ${urls.join(" ")}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // The screens' reads come in bursts (a page's pinned reads, the identity's balance and quorum at once): one
  // batch each. The sync engine keeps its own unbatched client, so a range error reaches its splitter alone.
  const client = createRpcClient(chainFor(chainId), urls, undefined, true);
  cache.set(key, client);
  return client;
}

/** True when reads for this chain id can start (some RPC URL is configured or built in). */
export function hasRpc(chainId: number): boolean {
  return rpcUrlsFor(chainId).length > 0;
}

/** Asks one URL for its eth_chainId (the settings page's "test" button). */
export async function fetchChainId(url: string): Promise<number> {
  const client = createPublicClient({ transport: rpcTransport([url], { ...uiRetryPolicy, retryCount: 0 }) });
  return client.getChainId();
}

/** Rejects with RpcDeadlineError (naming the chain's hosts) when `work` takes longer than `ms`. */
export function withDeadline<T>(work: Promise<T>, ms: number, chainId: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RpcDeadlineError(rpcUrlsFor(chainId).map(rpcHost), Math.round(ms / 1000))),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
