import { createPublicClient, http } from "viem";
import { createIdbStore } from "../src/chain/store/idb-store";
import type { StoredLog } from "../src/chain/store/types";
import { withLogsWorker } from "../src/chain/sync/logs-off-thread";
import type { StreamSpec } from "../src/chain/sync/stream";
import { createSyncEngine } from "../src/chain/sync/sync-engine";
import { decodeStreams } from "../src/domain/events/decode";
import { chunksOf, stateAt } from "./store-commits";
import { openPerLogWriter } from "./store-per-log";

// The logs of the last in-page sync, kept here so the write bench needs no copy of them from node.
let synced: StoredLog[] = [];

/** Runs in the page: the last sync's finalized logs, committed in the same ranges through the old per-log
 * writer and the chunked store; then decode plus store of the whole history (a cold visit's local work). */
export async function measureWrites(span: number) {
  const logs = synced;
  const chunks = chunksOf(logs, span);
  const perLog = await openPerLogWriter(`per-log-${Date.now()}`);
  let t = performance.now();
  for (const c of chunks) await perLog.commit(stateAt(c.to), c.list);
  const perLogMs = performance.now() - t;
  perLog.close();
  const chunked = await createIdbStore(`chunked-${Date.now()}`);
  t = performance.now();
  for (const c of chunks) await chunked.commit(stateAt(c.to), c.list);
  const chunkedMs = performance.now() - t;
  t = performance.now();
  const back = await chunked.getLogs("bench");
  const readMs = performance.now() - t;
  // Decode + store, on a fresh database: what a first visit pays for the history once it has the logs.
  const fresh = await createIdbStore(`decode-store-${Date.now()}`);
  t = performance.now();
  const { events } = decodeStreams([{ logs, finalizedCount: logs.length }]);
  const decodeMs = performance.now() - t;
  for (const c of chunks) await fresh.commit(stateAt(c.to), c.list);
  const decodeStoreMs = performance.now() - t;
  return {
    perLogMs,
    chunkedMs,
    readMs,
    readBack: back.length,
    events: events.length,
    decodeMs,
    decodeStoreMs,
  };
}

/** Runs in the page: a cold engine sync into IndexedDB through the proxy, watching the main thread's long
 * tasks (over 50 ms, as Chromium reports them) meanwhile. */
export async function syncInPage(rpcUrl: string, streams: StreamSpec[], concurrency: number) {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  // As the app's engine client (sync-engines.ts): getLogs parsed and checked in the logs worker.
  const client = withLogsWorker(
    createPublicClient({ transport: http(rpcUrl, { retryCount: 0, timeout: 120_000 }) }),
    [rpcUrl],
    120_000,
  );
  const store = await createIdbStore(`sync-${Date.now()}`);
  const engine = createSyncEngine({ chainId: 31337, client, store, concurrency });
  const t = performance.now();
  const result = await engine.sync(streams);
  const ms = performance.now() - t;
  // Long tasks are queued after they end: take the ones not yet delivered.
  for (const e of observer.takeRecords()) tasks.push(e.duration);
  observer.disconnect();
  const first = result.streams[0];
  synced = first ? first.logs.slice(0, first.finalizedCount) : [];
  const logs = result.streams.reduce((n, s) => n + s.logs.length, 0);
  return { ms, logs, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks) };
}
