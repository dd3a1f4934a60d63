import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { CDPSession } from "playwright-core";
import { daoStreams } from "../src/chain/sync/dao-streams";
import type { StreamSpec } from "../src/chain/sync/stream";
import { daoEventTopics, transferTopic } from "../src/domain/events/dao-events-abi";
import { startChaosProxy } from "../test/chaos/chaos-proxy";
import { withEntryPage } from "./entry-page";
import type { decodeAndStore, release, syncAndDecode } from "./mainthread-entry";
import { SYNTH_BLOCKS, SYNTH_DAO, synthLogs } from "./mainthread-logs";
import { startSynthNode } from "./mainthread-rpc";
import { type CpuProfile, longTasks, type TraceEvent } from "./mainthread-trace";

type Api = {
  PlenumMainThread: {
    syncAndDecode: typeof syncAndDecode;
    decodeAndStore: typeof decodeAndStore;
    release: typeof release;
  };
};

const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"].join(
  ",",
);

async function traced<T>(cdp: CDPSession, work: () => Promise<T>) {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => {
    for (const x of e.value) events.push(x as unknown as TraceEvent);
  });
  const complete = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES, transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  const value = await work();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await complete;
  return { value, events, profile: profile as CpuProfile };
}

/**
 * In headless Chromium: a cold sync of `streams` through `rpcUrl` into IndexedDB, then the decoding the app does,
 * under a CDP trace and CPU profile; returns the long main-thread tasks (over 50 ms) with their causes, the
 * JS heap after (garbage collected, the decoded history still held) and the load average meanwhile.
 */
export async function mainThreadInChromium(
  rpcUrl: string,
  streams: StreamSpec[],
  concurrency = 8,
  onPage = false,
) {
  return withEntryPage("mainthread-entry.ts", "PlenumMainThread", {}, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const load = [loadavg()[0] ?? 0];
    const run = await traced(cdp, () =>
      page.evaluate(
        ([url, s, c, p]) => (globalThis as unknown as Api).PlenumMainThread.syncAndDecode(url, s, c, p),
        [rpcUrl, streams, concurrency, onPage] as const,
      ),
    );
    load.push(loadavg()[0] ?? 0);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const tasks = longTasks(run.events, run.profile);
    const local = await page.evaluate(
      (span) => (globalThis as unknown as Api).PlenumMainThread.decodeAndStore(span),
      10_000,
    );
    load.push(loadavg()[0] ?? 0);
    // What holds the heap: the synced logs (kept by this bench for decode + store), the decoded events.
    const heapMb = async (what: "logs" | "all") => {
      await page.evaluate((w) => (globalThis as unknown as Api).PlenumMainThread.release(w), what);
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize / 2 ** 20;
    };
    const eventsOnlyMb = await heapMb("logs");
    const emptyMb = await heapMb("all");
    const heapMb0 = heap.usedSize / 2 ** 20;
    return { ...run.value, traced: tasks, heapMb: heapMb0, eventsOnlyMb, emptyMb, load, local };
  });
}

/** The synthetic bench DAO at `scale` behind the chaos proxy (the bench's caps and latency), measured. */
export async function mainThreadSynthetic(
  scale: number,
  onPage = false,
  o = { blockCap: 10_000, logCap: 10_000, latencyMs: 20 },
) {
  const logs = synthLogs(scale);
  const node = await startSynthNode(logs, SYNTH_BLOCKS);
  const proxy = await startChaosProxy({
    upstream: node.url,
    maxBlockRange: o.blockCap,
    maxResults: o.logCap,
    latencyMs: o.latencyMs,
    rangeStyle: "cloudflare",
    resultStyle: "infura",
  });
  try {
    const dao = { chainId: 31337, ...SYNTH_DAO, deployBlock: 10 };
    const streams = daoStreams(dao, daoEventTopics, transferTopic);
    return { served: logs.length, ...(await mainThreadInChromium(proxy.url, streams, 8, onPage)) };
  } finally {
    await proxy.close();
    await node.close();
  }
}

// `tsx bench/mainthread-chromium.ts --scale 10`: the synthetic DAO alone, with every long task explained.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: v } = parseArgs({
    options: {
      scale: { type: "string", default: "1" },
      top: { type: "string", default: "5" },
      // The path before the logs worker: getLogs parsed and checked on the page, for before/after.
      "on-page": { type: "boolean", default: false },
    },
  });
  const r = await mainThreadSynthetic(Number(v.scale), v["on-page"]);
  const sorted = [...r.traced].sort((a, b) => b.ms - a.ms);
  console.log(
    `${r.served} logs served, ${r.logs} synced, ${r.events} events (${r.undecodable} undecodable), ${r.requests} requests; sync ${r.syncMs.toFixed(0)} ms, decode ${r.decodeMs.toFixed(0)} ms; heap after ${r.heapMb.toFixed(0)} MB (events only ${r.eventsOnlyMb.toFixed(0)} MB, neither ${r.emptyMb.toFixed(0)} MB); load ${r.load.map((x) => x.toFixed(1)).join(" -> ")}`,
  );
  const observed = [...r.tasks].sort((a, b) => b.duration - a.duration);
  console.log(
    `longtask observer: ${observed.length} over 50 ms, longest ${(observed[0]?.duration ?? 0).toFixed(0)} ms; trace: ${sorted.length} RunTask over 50 ms`,
  );
  const l = r.local;
  console.log(
    `decode + store of ${l.logs} logs: store ${l.storeMs.toFixed(0)} ms + decode ${l.decodeMs.toFixed(0)} ms = ${Math.round((l.events / (l.storeMs + l.decodeMs)) * 1000)} events/s; longest task meanwhile ${l.longestTaskMs.toFixed(0)} ms`,
  );
  for (const t of sorted.slice(0, Number(v.top))) {
    console.log(`task at ${t.startMs.toFixed(0)} ms: ${t.ms.toFixed(0)} ms; ${t.events.join("; ")}`);
    for (const f of t.functions) console.log(`    ${f.ms.toFixed(1).padStart(7)} ms  ${f.name}`);
  }
}
