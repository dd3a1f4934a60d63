import { type Address, numberToHex } from "viem";
import { rpcCall } from "../test/chaos/anvil";
import { buildApp } from "../test/support/app-build";
import { launchBrowser } from "../test/support/browser";
import { serveStatic } from "../test/support/static-server";
import { freshAt, installMarks, type PageMarks, readMarks } from "./app-marks";
import { untilQuiet } from "./app-quiet";

type Proxy = {
  url: string;
  stats: { requests: number; byMethod: Record<string, number> };
  resetStats: () => void;
};
/** Requests (HTTP posts) and calls by method as the proxy counted them; getLogs calls by filter as the page sent
 * them ("address" = the DAO's contracts, "topics only" = the address-less treasury-transfer filters). */
export type Counted = {
  requests: number;
  byMethod: Record<string, number>;
  getLogsBy: Record<string, number>;
};
type Call = { method?: string; params?: unknown[] };
/** One HTTP request the page sent to the RPC, for `--trace`: when (ms since the phase began), how long until its
 * answer was in (`ms`, when it finished), and its calls. */
export type Traced = { phase: string; t: number; ms?: number; calls: string[] };
const FAILURE_SHOT = ".cache/bench-visit-failure.png";

/** The app's figures from one Chromium profile: first visit, reload from IndexedDB, an idle minute. */
export type AppVisit = {
  first: Counted & { listMs: number; verifiedMs: number; heapMb: number };
  reload: Counted & {
    paintMs: number;
    paintText: string;
    answersBeforePaint: number;
    /** The page (identity known) first rendered, and the RPC answers in by then. */
    routeMs: number;
    answersBeforeRoute: number;
    fullMs: number;
    freshMs: number;
    head: number;
    newBlocks: number;
  };
  idle: Counted & { seconds: number };
  /** Requests between the reload's fresh list and the page going quiet (at most 2 in 20 s: its head polls), and how long. */
  background: Counted & { ms: number; quiet: boolean };
  /** Every request the page sent, by phase (first, reload, idle), when `trace` is set. */
  trace: Traced[];
  /** The page's own `plenum:*` marks (ms since navigation) up to the first visit's list, when `trace` is set. */
  firstMarks: string[];
};

/** What a visit needs: the proxy it counts through, the chain, the DAO and the measured intervals. */
export type VisitOptions = {
  proxy: Proxy;
  anvilUrl: string;
  governor: Address;
  proposals: number;
  timeoutMs: number;
  idleSeconds: number;
  /** Blocks mined between the first visit and the reload. */
  newBlocks: number;
  /** Keep every request's calls (method and what it asked) for printing. */
  trace?: boolean;
};

/** A call in a few words: its method and the blocks or the address and block it asked about. */
function callSummary(c: Call): string {
  const p = c.params ?? [];
  const f = p[0] as { fromBlock?: string; toBlock?: string; address?: unknown } | undefined;
  if (c.method === "eth_getLogs" && f)
    return `getLogs ${Number(f.fromBlock)}..${Number(f.toBlock)}${f.address ? "" : " (topics only)"}`;
  const at = p.find((x) => typeof x === "string" && /^0x[0-9a-f]{1,16}$/i.test(x)) as string | undefined;
  const block = at ? ` @${Number(at)}` : p.includes("latest") ? " @latest" : "";
  const to =
    (f as { to?: string } | undefined)?.to ?? (typeof p[0] === "string" && p[0].length === 42 ? p[0] : "");
  return `${c.method?.replace(/^eth_/, "")}${to ? ` ${to.slice(0, 8)}` : ""}${block}`;
}

/** The page's `plenum:*` marks as "name ms" (ms since navigation), in the order they were made. */
const plenumMarks = () =>
  performance
    .getEntriesByType("mark")
    .filter((m) => m.name.startsWith("plenum:"))
    .map((m) => `${m.name.slice(7)} ${m.startTime.toFixed(0)}`);

/** The document's own steps of a navigation (ms since it started: the old page's unload, the HTML's answer, parsed,
 * loaded) and when each script and style arrived, as "name ms". */
const navigationSteps = () => {
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (!nav) return [];
  const steps: [string, number][] = [
    ["unload end", nav.unloadEventEnd],
    ["fetch", nav.fetchStart],
    ["html answer", nav.responseStart],
    ["dom interactive", nav.domInteractive],
    ["dom loaded", nav.domContentLoadedEventEnd],
  ];
  for (const r of performance.getEntriesByType("resource") as PerformanceResourceTiming[])
    if (/\.(js|css)$/.test(r.name))
      steps.push([`${r.name.split("/").pop()?.split("-")[0]} in`, r.responseEnd]);
  return steps.filter(([, t]) => t > 0).map(([n, t]) => `${n} ${t.toFixed(0)}`);
};

/**
 * The person's view: the built app in headless Chromium, pointed at the capped proxy as a user-set HTTP RPC
 * (given only the chain id and the governor: no deploy block, no devnet.json), opens the DAO's proposal list
 * in a fresh profile; then, `newBlocks` blocks later, reloads it with the history in IndexedDB; then stays open for
 * `idleSeconds` on a chain that mines nothing. Times are the page's own, from the start of its navigation:
 * the list shown, and "fresh" = the banner names a verification at the chain's head or later.
 */
export async function appVisits(o: VisitOptions): Promise<AppVisit> {
  const { proxy } = o;
  const server = await serveStatic(await buildApp(), "/plenum/", {});
  // HTTP cache on, as a returning user has it (foreign hosts cut off by Chromium flags instead of routes).
  const browser = await launchBrowser({ httpCache: true });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript((rpc) => {
      localStorage.setItem("plenum.rpc.v1", JSON.stringify({ 31337: [rpc] }));
    }, proxy.url);
    await page.addInitScript(installMarks, [o.proposals, proxy.url] as [number, string]);
    let getLogsBy: Record<string, number> = {};
    const trace: Traced[] = [];
    let phase = { name: "first", start: performance.now() };
    const open = new Map<unknown, Traced & { at: number }>();
    page.on("requestfinished", (req) => {
      const r = open.get(req);
      if (r) r.ms = performance.now() - r.at;
      open.delete(req);
    });
    page.on("request", (req) => {
      if (!req.url().startsWith(proxy.url) || req.method() !== "POST") return;
      const body = req.postDataJSON() as Call | Call[] | null;
      const calls = Array.isArray(body) ? body : body ? [body] : [];
      if (o.trace) {
        const at = performance.now();
        const r = { phase: phase.name, t: at - phase.start, calls: calls.map(callSummary), at };
        trace.push(r);
        open.set(req, r);
      }
      for (const c of calls) {
        if (c.method !== "eth_getLogs") continue;
        const kind = (c.params?.[0] as { address?: unknown } | undefined)?.address
          ? "address"
          : "topics only";
        getLogsBy[kind] = (getLogsBy[kind] ?? 0) + 1;
      }
    });
    const reset = (name: string) => {
      proxy.resetStats();
      getLogsBy = {};
      phase = { name, start: performance.now() };
    };
    const counted = (): Counted => ({
      requests: proxy.stats.requests,
      byMethod: { ...proxy.stats.byMethod },
      getLogsBy: { ...getLogsBy },
    });
    const until = async (what: string, f: (head: number) => unknown, head = 0) => {
      await page.waitForFunction(f, head, { timeout: o.timeoutMs, polling: 50 }).catch(async (e: unknown) => {
        await page.screenshot({ path: FAILURE_SHOT, fullPage: true });
        throw new Error(`${what} (page in ${FAILURE_SHOT}): ${String(e).split("\n")[0]}`);
      });
      return (await page.evaluate(readMarks)) as PageMarks;
    };
    const full = () => (window as unknown as { __benchMarks?: PageMarks }).__benchMarks?.full;
    const fresh = (h: number) =>
      Object.keys((window as unknown as { __benchMarks?: PageMarks }).__benchMarks?.verified ?? {}).some(
        (b) => Number(b) >= h,
      );
    const head = async () => Number(await rpcCall<string>(o.anvilUrl, "eth_blockNumber"));

    reset("first");
    await page.goto(`${server.url}#/31337/${o.governor}/proposals`);
    const firstList = await until("the list did not appear", full);
    const first = counted();
    // With the bench's own: the DAO page rendered (identity known) and the whole list shown.
    const firstMarks = o.trace
      ? [
          ...(await page.evaluate(plenumMarks)),
          `(route ${firstList.route?.t.toFixed(0)}, list ${firstList.full?.t.toFixed(0)})`,
        ]
      : [];
    phase.name = "first, after the list";
    const h1 = await head();
    const firstDone = await until(`no verification at block ${h1}`, fresh, h1);

    // A reload as a returning user makes it: some blocks later, the history in this profile's IndexedDB.
    await rpcCall(o.anvilUrl, "anvil_mine", [numberToHex(o.newBlocks)]);
    const h2 = await head();
    reset("reload");
    await page.reload();
    const again = await until(`the reload did not reach block ${h2}`, fresh, h2);
    // The app's own marks of the reload's phases (`plenum:*`, src/lib/perf-mark.ts), for the breakdown.
    console.log(`app reload phases (ms): ${(await page.evaluate(plenumMarks)).join(", ")}`);
    console.log(`app reload navigation (ms): ${(await page.evaluate(navigationSteps)).join(", ")}`);
    const reloaded = counted();
    phase.name = "reload, after fresh";
    const withList = await until("the reloaded list is incomplete", full);
    // The heap after the sync, read once the reload is measured: the forced collection empties V8's in-memory
    // code cache, and a reload after it compiled the whole app again (a user's reload follows no such GC).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    await cdp.detach();

    // What the page still had to do once the reload was fresh (e.g. the treasury streams' first sync, which a
    // reload right after the first visit interrupts), counted apart: the idle minute measures the polling.
    reset("background after the reload");
    const wait = await untilQuiet(() => proxy.stats.requests);
    const background = { ...counted(), ms: wait.ms, quiet: wait.quiet };
    reset("idle");
    await new Promise((r) => setTimeout(r, o.idleSeconds * 1000)); // the measured interval itself
    const idle = counted();
    return {
      first: {
        ...first,
        listMs: firstList.full?.t ?? Number.NaN,
        verifiedMs: freshAt(firstDone, h1) ?? Number.NaN,
        heapMb: heap.usedSize / 2 ** 20,
      },
      reload: {
        ...reloaded,
        paintMs: withList.list?.t ?? Number.NaN,
        paintText: withList.list?.text ?? "",
        answersBeforePaint: withList.answersBeforeList ?? Number.NaN,
        routeMs: withList.route?.t ?? Number.NaN,
        answersBeforeRoute: withList.route?.answers ?? Number.NaN,
        fullMs: withList.full?.t ?? Number.NaN,
        freshMs: freshAt(again, h2) ?? Number.NaN,
        head: h2,
        newBlocks: o.newBlocks,
      },
      idle: { ...idle, seconds: o.idleSeconds },
      background,
      trace: trace.map(({ phase: p, t, ms, calls }) => ({ phase: p, t, ms, calls })),
      firstMarks,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
