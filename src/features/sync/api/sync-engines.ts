import { createRpcClient } from "@/chain/client";
import { createIdbStore } from "@/chain/store/idb-store";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { SyncStore } from "@/chain/store/types";
import { type HeadFeed, watchHeadsAt } from "@/chain/sync/head-feed";
import { createStatusStore, type StatusStore } from "@/chain/sync/status";
import { createSyncEngine, type SyncEngine } from "@/chain/sync/sync-engine";
import { chainFor } from "@/config/chains";
import { rpcUrlsFor } from "@/config/rpc-settings";
import { isWebSocketUrl } from "@/lib/rpc-urls";

let store: Promise<SyncStore> | null = null;
const statuses = new Map<number, StatusStore>();
const engines = new Map<string, Promise<SyncEngine>>();
const feeds = new Map<string, HeadFeed>();

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

/** The sync engine for a chain over its configured RPC URLs (rebuilt when they change). Range errors
 * must reach the engine's splitter, so the transport does not retry on its own. */
export function getSyncEngine(chainId: number): Promise<SyncEngine> {
  const urls = rpcUrlsFor(chainId);
  const key = `${chainId} ${urls.join(" ")}`;
  let engine = engines.get(key);
  if (!engine) {
    const client = createRpcClient(chainFor(chainId), urls, {
      retryCount: 0,
      retryDelayMs: 0,
      timeoutMs: 30_000,
    });
    // Over a WebSocket (the first URL, the one requests go to) the node pushes new heads, so a warm sync
    // skips its head round trip; HTTP endpoints are asked for the head each time.
    const first = urls[0];
    const heads = first && isWebSocketUrl(first) ? watchHeadsAt(first).feed : undefined;
    if (heads) feeds.set(key, heads);
    engine = getSyncStore().then((s) =>
      createSyncEngine({ chainId, client, store: s, status: syncStatusFor(chainId), heads }),
    );
    engines.set(key, engine);
  }
  return engine;
}

/** Calls back on each head the chain's node pushes (WebSocket RPCs only; over HTTP never). */
export function onPushedHead(chainId: number, listener: () => void): () => void {
  void getSyncEngine(chainId);
  const feed = feeds.get(`${chainId} ${rpcUrlsFor(chainId).join(" ")}`);
  return feed ? feed.onHead(listener) : () => undefined;
}
