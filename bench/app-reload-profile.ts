import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { numberToHex } from "viem";
import { rpcCall } from "../test/chaos/anvil";
import { startChaosProxy } from "../test/chaos/chaos-proxy";
import { buildApp } from "../test/support/app-build";
import { launchBrowser } from "../test/support/browser";
import { serveStatic } from "../test/support/static-server";
import { startTimelineTrace, type TraceEvent } from "./chrome-trace";
import { benchChain } from "./seed";

// Where the bench DAO's reload spends its time before the list paints: the bench chain (300 proposals) behind
// the capped proxy, the built app, a first visit until verified, then reloads, each traced (CDP) from
// navigation to the list's count line: resource timings, the app's `plenum:*` marks, main-thread time by event,
// and each main-thread slice over `--slice` ms with what ran in it.
// Usage: tsx bench/app-reload-profile.ts [--reloads 3] [--no-cache] [--slice 8] [--scale 10] [--first] [--cpu]

const { values: a } = parseArgs({
  options: {
    reloads: { type: "string", default: "3" },
    "no-cache": { type: "boolean", default: false },
    slice: { type: "string", default: "8" },
    // A build to serve instead of the e2e build (e.g. one built with minify off, whose `//#region` comments
    // name each module: --cpu then adds the CPU time per module from a sampling profile).
    dist: { type: "string" },
    cpu: { type: "boolean", default: false },
    // How long the page stays after it is verified before the next reload (ms); the bench reloads at once.
    settle: { type: "string", default: "1500" },
    // As the bench's app visit does before its reload: a garbage collection and heap reading over CDP.
    heap: { type: "boolean", default: false },
    // Reload without a trace (a CDP trace session changes what it measures).
    "no-trace": { type: "boolean", default: false },
    // The bench DAO times this (as `npm run bench -- --scale`; the seeded chain is cached).
    scale: { type: "string", default: "1" },
    // Also profile the first visit's main thread (CPU by module and caller, from navigation to the whole list).
    first: { type: "boolean", default: false },
  },
});

function observe() {
  const w = window as unknown as { __p: { list?: number; route?: number } };
  w.__p = {};
  new MutationObserver(() => {
    if (w.__p.route === undefined && document.querySelector("h1")?.textContent === "Proposals")
      w.__p.route = performance.now();
    if (w.__p.list === undefined && document.querySelector(".list-count")) w.__p.list = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function traceReload(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const stop = await startTimelineTrace(cdp);
  if (a.cpu) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await page.reload();
  await page.locator(".list-count").waitFor({ timeout: 60_000 });
  if (a.cpu) cpuByModule((await cdp.send("Profiler.stop")).profile);
  const events = await stop();
  await cdp.detach();
  return events;
}

type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { url: string; lineNumber: number; functionName: string };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Self time by module (the `// <path>` comment a sampled line falls under, in a build without minification),
 * and by function. */
function cpuByModule(profile: CpuProfile) {
  const regions = new Map<string, { line: number; name: string }[]>();
  const regionOf = (url: string, line: number) => {
    const file = url.replace(/.*\/assets\//, "");
    if (!file || file === url) return url.replace(/.*\//, "") || "(native)";
    let list = regions.get(file);
    if (!list) {
      const text = existsSync(join(dist, "assets", file))
        ? readFileSync(join(dist, "assets", file), "utf8")
        : "";
      list = text
        .split("\n")
        .flatMap((l, i) => (/^\/\/ \S+\.[cm]?[jt]sx?$/.test(l) ? [{ line: i, name: l.slice(3) }] : []));
      regions.set(file, list);
    }
    let name = file;
    for (const r of list) if (r.line <= line) name = r.name;
    return name.replace(/.*node_modules\//, "");
  };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byNode.get(id);
    const us = profile.timeDeltas?.[i] ?? 0;
    const key = f ? (f.url ? regionOf(f.url, f.lineNumber) : `(${f.functionName || "native"})`) : "?";
    self.set(key, (self.get(key) ?? 0) + us);
  });
  const byFn = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byNode.get(id);
    if (!f?.url) return;
    const key = `${f.functionName || "(top)"} ${regionOf(f.url, f.lineNumber)}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  const fmt = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`)
      .join(", ");
  console.log(`  CPU self time by module (ms): ${fmt(self, 40)}`);
  console.log(`  CPU self time by function (ms): ${fmt(byFn, 30)}`);
  // Where library time comes from: each sample in node_modules charged to the nearest caller among the app's
  // own modules (src/), e.g. which of the app's calls hash with keccak at start.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byCaller = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byNode.get(id);
    if (!f?.url) return;
    const lib = regionOf(f.url, f.lineNumber);
    if (lib.startsWith("src/")) return;
    let up = parent.get(id);
    while (up !== undefined) {
      const g = byNode.get(up);
      const where = g?.url ? regionOf(g.url, g.lineNumber) : "";
      if (where.startsWith("src/")) {
        const key = `${g?.functionName || "(top)"} ${where} → ${lib.split("/")[0]}`;
        byCaller.set(key, (byCaller.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
        return;
      }
      up = parent.get(up);
    }
  });
  console.log(`  CPU time in libraries by the app's caller (ms): ${fmt(byCaller, 25)}`);
}

function summarize(
  events: TraceEvent[],
  anchor: { name: string; t: number },
  untilMs: number,
  sliceMs: number,
) {
  // The page clock's zero on the trace's clock, from a mark seen on both (the app's first `plenum:` mark).
  const mark = events.find((e) => e.name === anchor.name);
  const t0 = (mark?.ts ?? 0) - anchor.t * 1000;
  const ms = (ts: number) => (ts - t0) / 1000;
  // The renderer that ran the reloaded page: of the renderers' main threads, the busiest after navigation.
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const busy = (m: TraceEvent) =>
    events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === "X" && e.ts >= t0)
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const main = mains.sort((x, y) => busy(y) - busy(x))[0];
  const onMain = events.filter(
    (e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === "X" && e.dur && ms(e.ts) >= 0,
  );
  const by: Record<string, number> = {};
  for (const e of onMain) if (ms(e.ts) <= untilMs) by[e.name] = (by[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  const top = Object.entries(by)
    .filter(([, v]) => v >= 3)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 24)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`);
  console.log(`  main thread by event (ms, to the list): ${top.join(", ")}`);
  // The outermost slices over sliceMs, in time order, each with the larger events inside it.
  const long = onMain
    .filter((e) => (e.dur ?? 0) / 1000 >= sliceMs && ms(e.ts) <= untilMs)
    .sort((x, y) => x.ts - y.ts);
  let coveredUntil = 0;
  for (const t of long) {
    const end = t.ts + (t.dur ?? 0);
    if (t.ts < coveredUntil) continue;
    coveredUntil = end;
    const inner = long
      .filter((e) => e !== t && e.ts >= t.ts && e.ts < end)
      .map((e) => {
        const url = e.args?.data?.url ?? e.args?.fileName ?? "";
        return `${e.name}${url ? `(${url.replace(/.*\//, "").slice(0, 24)})` : ""} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
      });
    console.log(
      `  ${ms(t.ts).toFixed(0).padStart(5)} +${((t.dur ?? 0) / 1000).toFixed(0).padStart(4)} ${t.name}: ${[...new Set(inner)].slice(0, 10).join(", ")}`,
    );
  }
}

const scale = Number(a.scale);
const { anvil, meta } = await benchChain({
  proposals: 300 * scale,
  votes: 20_000 * scale,
  holders: 2_000 * scale,
  blocks: 200_000,
});
const proxy = await startChaosProxy({
  upstream: anvil.url,
  maxBlockRange: 10_000,
  maxResults: 10_000,
  latencyMs: 20,
  rangeStyle: "cloudflare",
  resultStyle: "infura",
});
const dist = a.dist ?? (await buildApp());
const server = await serveStatic(dist, "/plenum/", {});
const browser = await launchBrowser({ httpCache: !a["no-cache"] });
try {
  const page = await browser.context.newPage();
  await page.addInitScript((rpc) => {
    localStorage.setItem("plenum.rpc.v1", JSON.stringify({ 31337: [rpc] }));
  }, proxy.url);
  await page.addInitScript(observe);
  const firstCdp = a.first ? await page.context().newCDPSession(page) : null;
  if (firstCdp) {
    await firstCdp.send("Profiler.enable");
    await firstCdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await firstCdp.send("Profiler.start");
  }
  await page.goto(`${server.url}#/31337/${meta.governor}/proposals`);
  await page
    .getByText(`${meta.proposalList.length.toLocaleString("en-US")} proposals`, { exact: true })
    .waitFor({ timeout: 300_000 });
  if (firstCdp) {
    console.log(
      `first visit marks: ${(await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name.replace("plenum:", "")} ${m.startTime.toFixed(0)}`))).join(", ")}`,
    );
    cpuByModule((await firstCdp.send("Profiler.stop")).profile);
    await firstCdp.detach();
  }
  await page
    .getByText(/^Verified at block/)
    .first()
    .waitFor({ timeout: 300_000 });
  await page.waitForTimeout(Number(a.settle)); // the persisted query cache is written a second after a read
  if (a.heap) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Runtime.getHeapUsage");
    await cdp.detach();
  }
  for (let i = 0; i < Number(a.reloads); i++) {
    await rpcCall(anvil.url, "anvil_mine", [numberToHex(100)]);
    let events: TraceEvent[] = [];
    if (a["no-trace"]) {
      await page.reload();
      await page.locator(".list-count").waitFor({ timeout: 60_000 });
    } else events = await traceReload(page);
    const p = await page.evaluate(() => {
      const w = window as unknown as { __p: { list?: number; route?: number } };
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return {
        ...w.__p,
        nav: nav
          ? `response ${nav.responseEnd.toFixed(0)}, interactive ${nav.domInteractive.toFixed(0)}`
          : "",
        storage: Object.keys(localStorage).map(
          (k) => `${k} ${((localStorage.getItem(k) ?? "").length / 1024).toFixed(0)} kB`,
        ),
        anchor: performance
          .getEntriesByType("mark")
          .filter((m) => m.name.startsWith("plenum:"))
          .map((m) => ({ name: m.name, t: m.startTime }))[0],
        marks: performance
          .getEntriesByType("mark")
          .map((m) => `${m.name.replace("plenum:", "")} ${m.startTime.toFixed(0)}`),
        resources: (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((r) => r.startTime < (w.__p.list ?? 1e9))
          .map(
            (r) =>
              `${r.name.replace(/.*\//, "").slice(0, 40)} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)} ${(r.transferSize / 1024).toFixed(0)}/${(r.decodedBodySize / 1024).toFixed(0)}kB`,
          ),
      };
    });
    console.log(`reload ${i + 1}: route ${p.route?.toFixed(0)} ms, list ${p.list?.toFixed(0)} ms; ${p.nav}`);
    console.log(`  marks: ${p.marks.join(", ")}`);
    console.log(`  localStorage: ${p.storage.join(", ")}`);
    console.log(`  resources (transferred/decoded): ${p.resources.join(" | ")}`);
    summarize(events, p.anchor ?? { name: "", t: 0 }, p.list ?? 1e9, Number(a.slice));
    await page
      .getByText(/^Verified at block/)
      .first()
      .waitFor({ timeout: 300_000 });
    await page.waitForTimeout(Number(a.settle));
  }
} finally {
  await browser.close();
  await server.close();
  await proxy.close();
  await anvil.stop();
}
