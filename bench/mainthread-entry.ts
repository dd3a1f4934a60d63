import { createPublicClient, http } from "viem";
import { createIdbStore } from "../src/chain/store/idb-store";
import type { StoredLog } from "../src/chain/store/types";
import { withLogsWorker } from "../src/chain/sync/logs-off-thread";
import type { StreamSpec } from "../src/chain/sync/stream";
import { createSyncEngine } from "../src/chain/sync/sync-engine";
import { createIncrementalDecoder } from "../src/features/sync/api/incremental-decode";
import { chunksOf, stateAt } from "./store-commits";

type Task = { start: number; duration: number };

// The last sync's finalized core logs, for the decode + store measure (no copy of them from node).
let synced: StoredLog[] = [];

/** Runs in the page: lets go of the synced logs ("logs") or of them and the decoded events ("all"), so the
 * heap figure can say what held it. */
export function release(what: "logs" | "all") {
  synced = [];
  if (what === "all") (globalThis as { keep?: unknown }).keep = undefined;
}

/** Runs in the page after syncAndDecode: a first visit's local work on the history it fetched, timed apart
 * from the network: the logs stored in the sync's 10,000-block commits into a fresh database, then decoded
 * by a fresh incremental decoder (its worker), one after the other. */
export async function decodeAndStore(span: number) {
  const chunks = chunksOf(synced, span);
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  const store = await createIdbStore(`decode-store-${Date.now()}`);
  const t0 = performance.now();
  for (const c of chunks) await store.commit(stateAt(c.to), c.list);
  const t1 = performance.now();
  const { events } = await createIncrementalDecoder().decode([
    { id: "bench", logs: synced, finalizedCount: synced.length },
  ]);
  const t2 = performance.now();
  await new Promise((r) => setTimeout(r, 0));
  for (const e of observer.takeRecords()) tasks.push(e.duration);
  observer.disconnect();
  const longestTaskMs = Math.max(0, ...tasks);
  return { logs: synced.length, events: events.length, storeMs: t1 - t0, decodeMs: t2 - t1, longestTaskMs };
}

/** Runs in the page: what a first visit does with a DAO's history, without React: a cold engine sync into
 * IndexedDB, then the incremental decoder (a Web Worker from 3,000 logs), watching the main thread's long
 * tasks (over 50 ms, as Chromium reports them) the whole time. */
export async function syncAndDecode(
  rpcUrl: string,
  streams: StreamSpec[],
  concurrency: number,
  onPage = false,
) {
  const tasks: Task[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: "longtask", buffered: false });
  // As the app builds its engine's client (sync-engines.ts): getLogs through the logs worker, unless `onPage`.
  const page = createPublicClient({ transport: http(rpcUrl, { retryCount: 0, timeout: 120_000 }) });
  const client = onPage ? page : withLogsWorker(page, [rpcUrl], 120_000);
  const store = await createIdbStore(`mainthread-${Date.now()}`);
  const engine = createSyncEngine({ chainId: 31337, client, store, concurrency });
  const t0 = performance.now();
  const result = await engine.sync(streams);
  const t1 = performance.now();
  const decoded = await createIncrementalDecoder().decode(result.streams);
  const t2 = performance.now();
  // A long task is reported after it ends; one more macrotask lets the last one arrive.
  await new Promise((r) => setTimeout(r, 0));
  for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
  observer.disconnect();
  (globalThis as { keep?: unknown }).keep = decoded; // held, as the app holds it, for the heap figure
  const first = result.streams[0];
  synced = first ? first.logs.slice(0, first.finalizedCount) : [];
  return {
    syncMs: t1 - t0,
    decodeMs: t2 - t1,
    logs: result.streams.reduce((n, s) => n + s.logs.length, 0),
    events: decoded.events.length,
    undecodable: decoded.undecodable,
    requests: engine.status.get().requests,
    tasks,
    window: { start: t0, end: t2 },
  };
}
