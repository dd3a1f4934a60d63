import type { StreamSpec } from "../src/chain/sync/stream";
import { mainThreadInChromium } from "./mainthread-chromium";

type Row = [string, number, number, string];

/**
 * The main-thread figures of issue #15 for `npm run bench` (any scale): a cold in-page sync of `streams` through
 * `rpcUrl` into IndexedDB plus the app's decoding, then decode + store of the synced logs. Returns table rows
 * and the fields for the last JSON line; the longest tasks, with their causes, are printed by
 * `tsx bench/mainthread-chromium.ts --scale N`.
 */
export async function mainThreadRows(rpcUrl: string, streams: StreamSpec[], concurrency = 8) {
  const r = await mainThreadInChromium(rpcUrl, streams, concurrency);
  const over50 = r.tasks.length;
  const longest = Math.max(0, ...r.tasks.map((t) => t.duration));
  const l = r.local;
  const perSecond = Math.round((l.events / (l.storeMs + l.decodeMs)) * 1000);
  const load = r.load.map((x) => x.toFixed(1)).join(" / ");
  const rows: Row[] = [
    [
      "sync + decode in Chromium (main thread)",
      r.requests,
      r.syncMs + r.decodeMs,
      `longest task ${longest.toFixed(0)} ms, ${over50} over 50 ms; JS heap after ${r.heapMb.toFixed(0)} MB (${r.eventsOnlyMb.toFixed(0)} MB with the events alone held); load ${load}`,
    ],
    [
      "decode + store in Chromium (worker, IDB)",
      0,
      l.storeMs + l.decodeMs,
      `${perSecond} events/s (store ${l.storeMs.toFixed(0)} ms, decode ${l.decodeMs.toFixed(0)} ms); longest task ${l.longestTaskMs.toFixed(0)} ms`,
    ],
  ];
  const json = {
    mainthread_logs: r.logs,
    mainthread_longest_task_ms: Math.round(longest),
    mainthread_tasks_over_50ms: over50,
    mainthread_heap_after_sync_mb: Math.round(r.heapMb),
    mainthread_heap_events_only_mb: Math.round(r.eventsOnlyMb),
    mainthread_decode_store_events_per_s: perSecond,
    mainthread_load_avg: Number((r.load[0] ?? 0).toFixed(1)),
  };
  return { rows, json };
}
