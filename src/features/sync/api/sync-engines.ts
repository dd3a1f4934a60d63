import { createEngineClient } from "@/chain/client";
import { createIdbStore } from "@/chain/store/idb-store";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { SyncStore } from "@/chain/store/types";
import { chainStarts } from "@/chain/sync/deploy-block-ahead";
import { type HeadFeed, watchHeadsAt } from "@/chain/sync/head-feed";
import { withLogsWorker } from "@/chain/sync/logs-off-thread";
import { createStatusStore, type StatusStore } from "@/chain/sync/status";
import { createSyncEngine, type SyncEngine } from "@/chain/sync/sync-engine";
import { chainFor } from "@/config/chains";
import { rpcUrlsFor } from "@/config/rpc-settings";
import { isWebSocketUrl } from "@/lib/rpc-urls";
import { offerDecodeAhead } from "./decode-ahead";

let store: Promise<SyncStore> | null = null;
// One of each per chain id (a page reads a handful of chains): bounded by the chains opened, never by time.
const statuses = new Map<number, StatusStore>();
/** A chain's engine, the URLs it was built for, and its head subscription (closed when the URLs change). */
type ChainSync = {
  urls: string;
  engine: Promise<SyncEngine>;
  heads?: { url: string; feed: HeadFeed; close: () => Promise<void> };
};
const chains = new Map<number, ChainSync>();

/** The one cache of synced logs (IndexedDB; memory where the browser has none, e.g. private modes). */
export function getSyncStore(): Promise<SyncStore> {
  store ??=
    typeof indexedDB === "undefined"
      ? Promise.resolve(createMemoryStore())
      : createIdbStore().catch(() => createMemoryStore());
  return store;
}

/** The progress of a chain's sync; exists before the engine so a progress bar can subscribe at once. */
export function syncStatusFor(chainId: number): StatusStore {
  let s = statuses.get(chainId);
  if (!s) {
    s = createStatusStore();
    statuses.set(chainId, s);
  }
  return s;
}

/** The sync for a chain over its configured RPC URLs; when they change the old one is replaced and its
 * WebSocket closed, so settings edits do not pile up engines and sockets. */
function chainSync(chainId: number): ChainSync {
  const list = rpcUrlsFor(chainId);
  const urls = list.join(" ");
  const known = chains.get(chainId);
  if (known?.urls === urls) return known;
  const first = list[0];
  // viem shares one socket per URL: a subscription to the same first URL is kept, any other one closed.
  const keep = known?.heads && known.heads.url === first ? known.heads : undefined;
  if (!keep) void known?.heads?.close().catch(() => undefined);
  // Range errors must reach the engine's splitter, so the transport does not retry on its own; getLogs goes one
  // call per request, the deploy-block search's probes as one batch a round.
  const policy = { retryCount: 0, retryDelayMs: 0, timeoutMs: 30_000 };
  // getLogs answers (up to 10,000 logs, MBs of JSON) are parsed and checked in a worker, off the main thread.
  const client = withLogsWorker(createEngineClient(chainFor(chainId), list, policy), list, policy.timeoutMs);
  // Over a WebSocket (the first URL, the one requests go to) the node pushes new heads, so a warm sync
  // skips its head round trip; HTTP endpoints are asked for the head each time.
  const heads = keep ?? (first && isWebSocketUrl(first) ? { url: first, ...watchHeadsAt(first) } : undefined);
  const engine = getSyncStore().then((s) =>
    createSyncEngine({
      chainId,
      client,
      store: s,
      status: syncStatusFor(chainId),
      heads: heads?.feed,
      // A first sync's chunks are decoded as they arrive, where a page asked for it (decode-ahead.ts).
      onFinalized: offerDecodeAhead,
      // Shared with the DAO's discovery, which starts the search for where its logs begin (see dao-identity).
      starts: chainStarts(chainFor(chainId), list).memo,
    }),
  );
  const next: ChainSync = { urls, engine, ...(heads ? { heads } : {}) };
  chains.set(chainId, next);
  return next;
}

/** The sync engine for a chain over its configured RPC URLs (rebuilt when they change). */
export function getSyncEngine(chainId: number): Promise<SyncEngine> {
  return chainSync(chainId).engine;
}

/** Calls back with the number of each head the chain's node pushes (WebSocket RPCs only; over HTTP never). */
export function onPushedHead(chainId: number, listener: (block: number) => void): () => void {
  const feed = chainSync(chainId).heads?.feed;
  return feed ? feed.onHead((head) => listener(head.number)) : () => undefined;
}
