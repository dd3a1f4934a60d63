import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createPublicClient, http } from "viem";
import { createMemoryStore } from "../src/chain/store/memory-store";
import { daoStreams } from "../src/chain/sync/dao-streams";
import { createSyncEngine } from "../src/chain/sync/sync-engine";
import { daoEventTopics, transferTopic } from "../src/domain/events/dao-events-abi";
import { bundleEntry, launchBenchChromium } from "./bundle-entry";
import { type BenchMeta, benchChain } from "./seed";
import type { prepare, run } from "./token-analytics-entry";

type Streams = Parameters<typeof prepare>[0];
type Entry = { PlenumTokenBench: { prepare: typeof prepare; run: typeof run } };
type Run = ReturnType<typeof run> & { cpuMs: number };

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** How many copies of a seeded history stand in for the bench DAO's 20,000 votes and 2,000 holders. */
export const copiesFor = (meta: Pick<BenchMeta, "votes" | "holders">) =>
  Math.max(1, Math.ceil(20_000 / meta.votes), Math.ceil(2_000 / meta.holders));

/** Times the token page's numbers on the bench DAO's synced logs inside headless Chromium (main thread). */
export async function tokenAnalyticsInChromium(
  streams: Streams,
  meta: BenchMeta,
  head: number,
  copies = copiesFor(meta),
) {
  const code = await bundleEntry("token-analytics-entry.ts", "PlenumTokenBench");
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const dao = { governor: meta.governor, token: meta.token, timelock: meta.timelock };
    const events = await page.evaluate(
      ([s, d, b, c]) => (globalThis as unknown as Entry).PlenumTokenBench.prepare(s, d, b, c),
      [streams, dao, head, copies] as const,
    );
    // Main-thread CPU time from Chromium's own counter (ThreadTime), besides the wall time the page measures:
    // on a shared machine the wall time also counts the time other processes held the CPU.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const threadTime = async () =>
      (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")?.value ??
      Number.NaN;
    const runs: Run[] = [];
    for (let i = 0; i < 6; i++) {
      const before = await threadTime();
      const r = await page.evaluate(() => (globalThis as unknown as Entry).PlenumTokenBench.run());
      runs.push({ ...r, cpuMs: ((await threadTime()) - before) * 1000 });
    }
    const [cold, ...warm] = runs;
    if (!cold) throw new Error("no run");
    return {
      events,
      copies,
      cold,
      warm: { ...cold, ms: median(warm.map((w) => w.ms)), cpuMs: median(warm.map((w) => w.cpuMs)) },
      warmRuns: warm.map((w) => `${w.ms.toFixed(0)}/${w.cpuMs.toFixed(0)}`),
    };
  } finally {
    await browser.close();
  }
}

/** One line for the bench table's notes (the row's figure is the warm main-thread CPU time). */
export const tokenBenchNote = (r: Awaited<ReturnType<typeof tokenAnalyticsInChromium>>) =>
  `${r.warm.holders} holders, ${r.warm.votes} votes, ${r.warm.proposals} proposals (${r.copies}x the seeded history); median of 5 warm runs (wall ${r.warm.ms.toFixed(0)} ms); cold ${r.cold.cpuMs.toFixed(0)} ms CPU, ${r.cold.ms.toFixed(0)} ms wall`;

// `tsx bench/token-analytics.ts --proposals 30 --votes 2000 --holders 200 --blocks 20000`: this measure alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: v } = parseArgs({
    options: {
      proposals: { type: "string", default: "30" },
      votes: { type: "string", default: "2000" },
      holders: { type: "string", default: "200" },
      blocks: { type: "string", default: "20000" },
      copies: { type: "string" },
    },
  });
  const size = {
    proposals: Number(v.proposals),
    votes: Number(v.votes),
    holders: Number(v.holders),
    blocks: Number(v.blocks),
  };
  const t0 = performance.now();
  const { anvil, meta, seeded } = await benchChain(size);
  console.log(
    `${seeded ? "seeded" : "loaded"} the bench DAO in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  try {
    const dao = {
      chainId: 31337,
      governor: meta.governor,
      token: meta.token,
      timelock: meta.timelock,
      deployBlock: meta.deployBlock,
    };
    const engine = createSyncEngine({
      chainId: 31337,
      client: createPublicClient({ transport: http(anvil.url, { retryCount: 0 }) }),
      store: createMemoryStore(),
      concurrency: 4,
    });
    const synced = await engine.sync(daoStreams(dao, daoEventTopics, transferTopic));
    const copies = v.copies ? Number(v.copies) : copiesFor(meta);
    const r = await tokenAnalyticsInChromium(synced.streams, meta, synced.head.number, copies);
    console.log(
      `seeded: ${meta.proposals} proposals, ${meta.votes} votes, ${meta.holders} holders, ${meta.blocks} blocks; ${r.events} events after scaling ${r.copies}x`,
    );
    console.log(
      `token page numbers in Chromium: cold ${r.cold.ms.toFixed(1)} ms wall / ${r.cold.cpuMs.toFixed(1)} ms main-thread CPU; warm (median of 5) ${r.warm.ms.toFixed(1)} ms wall / ${r.warm.cpuMs.toFixed(1)} ms CPU`,
    );
    console.log(`warm runs, wall/CPU ms: ${r.warmRuns.join(" ")}`);
    console.log(JSON.stringify({ cold: r.cold, warm: r.warm }));
  } finally {
    await anvil.stop();
  }
}
