import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createPublicClient, http, numberToHex } from "viem";
import { createMemoryStore } from "../src/chain/store/memory-store";
import { daoStreams } from "../src/chain/sync/dao-streams";
import { createSyncEngine } from "../src/chain/sync/sync-engine";
import { daoEventTopics, transferTopic } from "../src/domain/events/dao-events-abi";
import { decodeStreams } from "../src/domain/events/decode";
import { rpcCall } from "../test/chaos/anvil";
import { startChaosProxy } from "../test/chaos/chaos-proxy";
import { appFigures } from "./app-figures";
import { decodeInChromium } from "./decode-chromium";
import { optimalRanges } from "./lower-bound";
import { mainThreadRows } from "./mainthread-rows";
import { naiveDashboard } from "./naive";
import { prunedRows } from "./pruned";
import { pushedHeadRuns } from "./pushed-heads";
import { benchChain } from "./seed";
import { storeInChromium } from "./store-chromium";
import { tokenAnalyticsInChromium, tokenBenchNote } from "./token-analytics";

const { values: a } = parseArgs({
  options: {
    proposals: { type: "string" },
    votes: { type: "string" },
    holders: { type: "string" },
    blocks: { type: "string", default: "200000" },
    scale: { type: "string", default: "1" },
    "seed-only": { type: "boolean", default: false },
    "block-cap": { type: "string", default: "10000" },
    "log-cap": { type: "string", default: "10000" },
    latency: { type: "string", default: "20" },
    concurrency: { type: "string", default: "8" },
    "no-chromium": { type: "boolean", default: false },
    repeat: { type: "string", default: "3" },
    trace: { type: "boolean", default: false },
    // Per-request timeout of the bench's own viem clients; at --scale 10 one 10,000-log getLogs through the
    // proxy took over viem's default 10 s on the loaded machine, so the default grows with the scale.
    "request-timeout": { type: "string" },
    "idle-seconds": { type: "string", default: "60" },
    "no-devnet": { type: "boolean", default: false },
    // Comma-separated parts to leave out (naive, pruned, token; decode, store, mainthread: the engine's Chromium
    // rows, when only the app's figures are wanted): at --scale 10 they cost minutes and no target.
    skip: { type: "string", default: "" },
    // Blocks mined before each warm sync and before the app's reload. The loaded chain's blocks are mined with
    // real state roots: at --scale 10 (20,000 holders) 100 of them took over 300 s, so there the default is 1.
    "new-blocks": { type: "string" },
  },
});
const num = (k: keyof typeof a) => Number(a[k]);
// --scale multiplies the DAO (proposals, votes, holders; so about the logs) over the same 200,000 blocks: the
// engine's work grows with the logs, and the block span only sets how many ranges an empty stretch costs.
const scale = num("scale");
const sized = (k: "proposals" | "votes" | "holders", base: number) =>
  a[k] === undefined ? base * scale : Number(a[k]);
const size = {
  proposals: sized("proposals", 300),
  votes: sized("votes", 20_000),
  holders: sized("holders", 2_000),
  blocks: num("blocks"),
};
const blockCap = num("block-cap");
const requestTimeout =
  a["request-timeout"] === undefined ? 10_000 * Math.max(1, scale) : num("request-timeout");
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const loadAtStart = load();
const newBlocks = a["new-blocks"] === undefined ? (scale > 1 ? 1 : 100) : num("new-blocks");
const skip = new Set(a.skip?.split(",").filter(Boolean));
const logCap = num("log-cap");

/** Wraps a client so each request is printed (start ms, duration ms, method, range, outcome). */
function tracing<C extends { request: (...args: never[]) => Promise<unknown> }>(c: C): C {
  const start = performance.now();
  const request = (async (...args: Parameters<C["request"]>) => {
    const s = performance.now();
    const [req] = args as unknown as [
      { method: string; params?: { fromBlock?: string; toBlock?: string }[] },
    ];
    const f = req.params?.[0];
    const what = f?.fromBlock ? `${Number(f.fromBlock)}..${Number(f.toBlock)}` : "";
    const line = (outcome: string) =>
      console.log(
        `trace ${(s - start).toFixed(0).padStart(6)} +${(performance.now() - s).toFixed(0).padStart(4)} ms ${req.method} ${what} ${outcome}`,
      );
    try {
      const r = await c.request(...args);
      line(Array.isArray(r) ? `${r.length} logs` : "ok");
      return r;
    } catch (e) {
      line(`error: ${String(e).split("\n")[0]?.slice(0, 60)}`);
      throw e;
    }
  }) as C["request"];
  return { ...c, request };
}

const t0 = performance.now();
const { anvil, meta, seeded } = await benchChain(size);
const loadSeconds = (performance.now() - t0) / 1000;
if (a["seed-only"]) {
  console.log(
    JSON.stringify({
      seeded,
      seed_s: Math.round(meta.seedSeconds),
      load_s: Math.round(loadSeconds),
      ...size,
    }),
  );
  await anvil.stop();
  process.exit(0);
}
const proxy = await startChaosProxy({
  upstream: anvil.url,
  maxBlockRange: blockCap,
  maxResults: logCap,
  latencyMs: num("latency"),
  rangeStyle: "cloudflare",
  resultStyle: "infura",
});
const timed = async <T>(f: () => Promise<T>) => {
  proxy.resetStats();
  const s = performance.now();
  const value = await f();
  return { value, ms: performance.now() - s, requests: proxy.stats.requests };
};

try {
  const dao = {
    chainId: 31337,
    governor: meta.governor,
    token: meta.token,
    timelock: meta.timelock,
    deployBlock: meta.deployBlock,
  };
  // The core stream only (governor, token, timelock): the figures stay comparable with the earlier runs; the
  // two treasury-transfer streams the app also follows are address-less filters the floor does not model.
  const streams = daoStreams(dao, daoEventTopics, transferTopic).slice(0, 1);
  const viemClient = createPublicClient({
    transport: http(proxy.url, { retryCount: 0, timeout: requestTimeout }),
  });
  // --trace prints every request of the first cold sync: when it started, how long it took, what it asked.
  const client = a.trace ? tracing(viemClient) : viemClient;
  const engine = createSyncEngine({
    chainId: 31337,
    client,
    store: createMemoryStore(),
    concurrency: num("concurrency"),
  });

  const cold = await timed(() => engine.sync(streams));
  const coldSplits = engine.status.get().rangeSplits;
  // The machine is shared, so cold and floor are repeated alternately and their medians reported.
  const coldMs = [cold.ms];
  const floorMs: number[] = [];
  const d0 = performance.now();
  const decoded = decodeStreams(cold.value.streams);
  const decodeMs = performance.now() - d0;
  const events = decoded.events.length;

  // The floor and the lower bound use the same filter over the same span as the cold sync.
  // The floor covers the core stream (governor, token, timelock); the two treasury-transfer streams the
  // engine also follows have no address filter and are not part of it.
  const filter = streams[0]?.filter;
  if (!filter) throw new Error("bench expects a core stream");
  const head = cold.value.head.number;
  const logBlocks = (cold.value.streams[0]?.logs ?? []).map((l) => l.blockNumber);
  const ranges = optimalRanges(logBlocks, meta.deployBlock, head, blockCap, logCap);
  // Under load a pooled keep-alive socket can be closed by the proxy just as it is reused (ECONNRESET before
  // any answer: the request never reached the node), which once ended a whole run; such a request is resent.
  const getLogs = async ([f, t]: [number, number]): Promise<unknown[]> => {
    const params = [
      { address: filter.address, topics: filter.topics, fromBlock: numberToHex(f), toBlock: numberToHex(t) },
    ];
    for (let attempt = 0; ; attempt++) {
      try {
        return await rpcCall<unknown[]>(proxy.url, "eth_getLogs", params);
      } catch (e) {
        const reset = e instanceof Error && String((e.cause as { code?: string })?.code) === "ECONNRESET";
        if (!reset || attempt >= 2) throw e;
      }
    }
  };
  const floorRun = () => timed(() => Promise.all(ranges.map(getLogs)));
  const floor = await floorRun();
  const floorLogs = floor.value.reduce((n, l) => n + l.length, 0);
  floorMs.push(floor.ms);
  for (let i = 1; i < num("repeat"); i++) {
    const fresh = createSyncEngine({
      chainId: 31337,
      client,
      store: createMemoryStore(),
      concurrency: num("concurrency"),
    });
    coldMs.push((await timed(() => fresh.sync(streams))).ms);
    floorMs.push((await floorRun()).ms);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  cold.ms = median(coldMs);
  floor.ms = median(floorMs);

  // Warm: --new-blocks new blocks, then a sync of the engine that did the cold one; repeated, median reported.
  const warmRuns: Awaited<ReturnType<typeof timed<Awaited<ReturnType<typeof engine.sync>>>>>[] = [];
  for (let i = 0; i < num("repeat"); i++) {
    await rpcCall(anvil.url, "anvil_mine", [numberToHex(newBlocks)]);
    warmRuns.push(await timed(() => engine.sync(streams)));
  }
  const warm = [...warmRuns].sort((x, y) => x.ms - y.ms)[Math.floor(warmRuns.length / 2)] ?? cold;
  const warmHead = warmRuns[warmRuns.length - 1]?.value.head.number ?? head;
  const naive = skip.has("naive")
    ? null
    : await timed(() =>
        naiveDashboard(proxy.url, meta.governor, meta.deployBlock, warmHead, blockCap, meta.proposalList),
      );

  const pushed = await pushedHeadRuns({
    anvilUrl: anvil.url,
    client,
    concurrency: num("concurrency"),
    streams,
    repeat: num("repeat"),
    newBlocks,
    timed,
  });
  const pushedWarm = median(pushed.warm.map((w) => w.ms));
  const pushedWarmRequests = Math.max(...pushed.warm.map((w) => w.requests));

  const latencyMs = num("latency");
  const pruned = skip.has("pruned")
    ? []
    : await prunedRows({
        upstream: anvil.url,
        dao,
        blockCap,
        logCap,
        latencyMs,
        concurrency: num("concurrency"),
        timeoutMs: requestTimeout,
      });

  const inPage =
    a["no-chromium"] || skip.has("decode")
      ? null
      : await decodeInChromium(cold.value.streams).catch((e: unknown) => String(e));
  proxy.resetStats();
  const idb =
    a["no-chromium"] || skip.has("store")
      ? null
      : await storeInChromium(proxy.url, streams, num("concurrency"), blockCap).catch((e: unknown) =>
          String(e),
        );
  const idbRequests = proxy.stats.requests;
  // The engine's sync and the app's decoder in one page, long tasks attributed (bench/mainthread-*).
  const mt =
    a["no-chromium"] || skip.has("mainthread")
      ? null
      : await mainThreadRows(proxy.url, streams, num("concurrency")).catch((e: unknown) => String(e));
  const app =
    a["no-chromium"] || skip.has("app")
      ? null
      : await appFigures({
          proxy,
          anvilUrl: anvil.url,
          governor: meta.governor,
          proposals: meta.proposalList.length,
          timeoutMs: 300_000 * Math.max(1, scale),
          idleSeconds: num("idle-seconds"),
          devnet: !a["no-devnet"],
          repeat: num("repeat"),
          newBlocks,
          trace: a.trace,
          base: { coldRequests: cold.requests, coldMs: cold.ms, decodeMs, warmHttpMs: warm.ms },
        });
  const rows: [string, number, number, string][] = [
    ["engine cold", cold.requests, cold.ms, `${events} events, ${coldSplits} range errors split`],
    ["floor (optimal ranges, all parallel)", floor.requests, floor.ms, `${floorLogs} logs, no decoding`],
    [
      "engine warm, head read (HTTP)",
      warm.requests,
      warm.ms,
      `median of ${warmRuns.length}, ${newBlocks} new blocks each`,
    ],
    ["engine cold, pushed heads (WebSocket)", pushed.cold.requests, pushed.cold.ms, "one run"],
    [
      "engine warm, pushed heads (WebSocket)",
      pushedWarmRequests,
      pushedWarm,
      `median of ${pushed.warm.length}, ${newBlocks} new blocks each`,
    ],
    ...(naive
      ? [
          [
            "naive (read + logs per proposal)",
            naive.requests,
            naive.ms,
            `${meta.proposalList.length} rows`,
          ] as [string, number, number, string],
        ]
      : []),
    ["decode full history (node)", 0, decodeMs, `${events} events`],
    ...pruned,
  ];
  if (inPage && typeof inPage === "object") {
    rows.push([
      "decode in Chromium, first run",
      0,
      inPage.cold.wholeMs,
      `longest 2,000-log slice ${inPage.cold.longestSliceMs.toFixed(0)} ms`,
    ]);
    rows.push([
      "decode in Chromium, JIT warm",
      0,
      inPage.warm.wholeMs,
      `longest 2,000-log slice ${inPage.warm.longestSliceMs.toFixed(0)} ms`,
    ]);
  } else if (inPage) console.log(`Chromium decode skipped: ${inPage}`);
  const tokenPage =
    a["no-chromium"] || skip.has("token")
      ? null
      : await tokenAnalyticsInChromium(cold.value.streams, meta, head).catch((e: unknown) => String(e));
  if (tokenPage && typeof tokenPage === "object")
    rows.push(["token page numbers, Chromium CPU", 0, tokenPage.warm.cpuMs, tokenBenchNote(tokenPage)]);
  else if (tokenPage) console.log(`Chromium token-page numbers skipped: ${tokenPage}`);
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
  if (idb && typeof idb === "object") {
    const w = idb.writes;
    const tasks = `longest main-thread task ${idb.sync.longestTaskMs.toFixed(0)} ms (${idb.sync.longTasks} over 50 ms)`;
    rows.push([
      "engine cold into IndexedDB, Chromium",
      idbRequests,
      idb.sync.ms,
      `${tasks}; JS heap after ${idb.heapMb.toFixed(0)} MB`,
    ]);
    rows.push([
      "IndexedDB writes, a record per log (old)",
      0,
      w.perLogMs,
      `${w.readBack} logs, ${blockCap}-block commits`,
    ]);
    rows.push([
      "IndexedDB writes, a record per chunk",
      0,
      w.chunkedMs,
      `read back in ${w.readMs.toFixed(0)} ms`,
    ]);
    rows.push([
      "decode + store in Chromium",
      0,
      w.decodeStoreMs,
      `${perSecond(w.events, w.decodeStoreMs)} events/s (decode ${w.decodeMs.toFixed(0)} ms)`,
    ]);
  } else if (idb) console.log(`Chromium store bench skipped: ${idb}`);
  if (mt && typeof mt === "object") rows.push(...mt.rows);
  else if (mt) console.log(`main-thread bench skipped: ${mt}`);
  if (app) rows.push(...app.rows);
  console.log(
    `bench DAO: ${meta.proposals} proposals, ${meta.votes} votes, ${meta.holders} holders, blocks ${meta.deployBlock}..${head}; caps ${blockCap} blocks / ${logCap} logs, ${num("latency")} ms latency`,
  );
  console.log(
    seeded
      ? `seeded in ${meta.seedSeconds.toFixed(0)} s (cached under .cache/)`
      : `loaded cached chain in ${loadSeconds.toFixed(1)} s`,
  );
  console.log(`${"case".padEnd(40)}${"requests".padStart(10)}${"ms".padStart(10)}  notes`);
  for (const [name, req, ms, note] of rows)
    console.log(`${name.padEnd(40)}${String(req).padStart(10)}${ms.toFixed(0).padStart(10)}  ${note}`);
  console.log(`lower bound: ${ranges.length} getLogs requests for these ranges under these caps`);
  console.log(
    `cold runs ms: ${coldMs.map((x) => x.toFixed(0)).join(", ")}; floor runs ms: ${floorMs.map((x) => x.toFixed(0)).join(", ")}; warm runs ms: ${warmRuns.map((w) => w.ms.toFixed(0)).join(", ")}; pushed-head warm runs ms: ${pushed.warm.map((w) => w.ms.toFixed(0)).join(", ")} (medians in the table)`,
  );
  if (floorLogs !== events) console.log(`WARNING: floor fetched ${floorLogs} logs, engine decoded ${events}`);
  for (const line of app?.lines ?? []) console.log(line);
  const loadAtEnd = load();
  const wallS = Math.round((performance.now() - t0) / 1000);
  console.log(`load average at start ${loadAtStart}, at end ${loadAtEnd} (2 cores); ${wallS} s in all`);
  console.log(
    JSON.stringify({
      cold_requests: cold.requests,
      lower_bound_requests: ranges.length,
      cold_ms: Math.round(cold.ms),
      floor_ms: Math.round(floor.ms),
      warm_requests: pushedWarmRequests,
      warm_ms: Math.round(pushedWarm),
      ...(naive ? { naive_requests: naive.requests, naive_ms: Math.round(naive.ms) } : {}),
      events,
      ...(mt && typeof mt === "object" ? mt.json : {}),
      ...(idb && typeof idb === "object"
        ? {
            idb_sync_ms: Math.round(idb.sync.ms),
            longest_task_ms: Math.round(idb.sync.longestTaskMs),
            heap_after_sync_mb: Math.round(idb.heapMb),
            idb_write_per_log_ms: Math.round(idb.writes.perLogMs),
            idb_write_chunked_ms: Math.round(idb.writes.chunkedMs),
            decode_store_events_per_s: perSecond(idb.writes.events, idb.writes.decodeStoreMs),
          }
        : {}),
      warm_http_ms: Math.round(warm.ms),
      decode_ms: Math.round(decodeMs),
      ...app?.json,
      scale,
      request_timeout_ms: requestTimeout,
      load_avg_start: loadAtStart,
      load_avg_end: loadAtEnd,
      wall_s: wallS,
      new_blocks: newBlocks,
    }),
  );
} finally {
  await proxy.close();
  await anvil.stop();
}
