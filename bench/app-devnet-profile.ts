import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext, Page } from "playwright-core";
import { parseDevnetInfo } from "../src/config/devnet-info";
import { launchBrowser } from "../test/support/browser";
import { startTimelineTrace, type TraceEvent } from "./chrome-trace";

// Where a reload of the proposals page spends its time before the list shows: resource timings (each chunk's
// start and end), the app's own performance marks, long tasks and (with --trace) the main thread's time by
// trace event (script compile, evaluate, layout, GC), from navigation until the list's count line is shown.
// Usage: tsx bench/app-devnet-profile.ts --url http://127.0.0.1:5173/ [--devnet .devnet/devnet.json]
//        [--trace] [--plain] (--plain: the HTTP cache on, as a user has it; foreign hosts cut off by flags)

type Row = { name: string; start: number; end: number; bytes: number; type: string };
type Profile = {
  listAt: number;
  nav: Record<string, number>;
  resources: Row[];
  marks: { name: string; t: number }[];
  longTasks: { start: number; duration: number }[];
};

function installObservers() {
  const w = window as unknown as {
    __paint: { listAt?: number; long: { start: number; duration: number }[] };
  };
  w.__paint = { long: [] };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__paint.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    if (w.__paint.listAt === undefined && document.querySelector(".list-count"))
      w.__paint.listAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

function collect(): Profile {
  const w = window as unknown as {
    __paint: { listAt?: number; long: { start: number; duration: number }[] };
  };
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  // No named inner functions here: tsx's keepNames would wrap them in a helper the page does not have.
  return {
    listAt: Math.round(w.__paint.listAt ?? -1),
    nav: {
      responseEnd: Math.round(nav?.responseEnd ?? 0),
      domInteractive: Math.round(nav?.domInteractive ?? 0),
      domContentLoaded: Math.round(nav?.domContentLoadedEventEnd ?? 0),
      load: Math.round(nav?.loadEventEnd ?? 0),
    },
    resources: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => ({
      name: e.name.replace(location.origin, ""),
      start: Math.round(e.startTime),
      end: Math.round(e.responseEnd),
      bytes: e.encodedBodySize,
      type: e.initiatorType,
    })),
    marks: [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("paint")].map((m) => ({
      name: m.name,
      t: Math.round(m.startTime),
    })),
    longTasks: w.__paint.long.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })),
  };
}

/** Main-thread time by event name between navigation and `untilMs` (only events on the renderer's main thread). */
function summarize(events: TraceEvent[], untilMs: number): Record<string, number> {
  const main = events.find(
    (e) => e.name === "thread_name" && (e as { args?: { name?: string } }).args?.name === "CrRendererMain",
  );
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "fetchStart");
  const t0 = nav?.ts ?? Math.min(...events.map((e) => e.ts).filter((t) => t > 0));
  const out: Record<string, number> = {};
  for (const e of events) {
    if (main && (e.tid !== main.tid || e.pid !== main.pid)) continue;
    if (e.ph !== "X" || !e.dur || (e.ts - t0) / 1000 > untilMs) continue;
    out[e.name] = (out[e.name] ?? 0) + e.dur / 1000;
  }
  return Object.fromEntries(
    Object.entries(out)
      .filter(([, ms]) => ms >= 5)
      .sort((a, b) => b[1] - a[1])
      .map(([k, ms]) => [k, Math.round(ms)]),
  );
}

async function traced(context: BrowserContext, page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const stop = await startTimelineTrace(cdp);
  await run();
  return stop();
}

const { values: a } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:5173/" },
    devnet: { type: "string", default: ".devnet/devnet.json" },
    trace: { type: "boolean", default: false },
    plain: { type: "boolean", default: false },
    // Screenshots of the page right after a reload: <dir>/proposals-reload-desktop-light.png, -mobile-dark.png.
    shots: { type: "string" },
  },
});
const info = parseDevnetInfo(JSON.parse(readFileSync(a.devnet, "utf8")));
const governor = info.daos.find((d) => d.key === "aiCommons")?.governor;
const target = `${a.url.replace(/\/?$/, "/")}#/${info.chainId}/${governor}/proposals`;

// --plain: Chromium's HTTP cache on, as a user has it (foreign hosts cut off by flags, not by routes).
const { context, close } = await launchBrowser({ httpCache: a.plain });
try {
  const page = await context.newPage();
  await page.addInitScript(installObservers);
  // The RPC calls the page sends, with the page's clock, to see which ones the list waits for.
  const rpc: string[] = [];
  page.on("request", (req) => {
    if (!req.url().startsWith(info.rpcUrl) || req.method() !== "POST") return;
    const body = req.postDataJSON() as { method?: string } | { method?: string }[] | null;
    const calls = Array.isArray(body) ? body : body ? [body] : [];
    rpc.push(`${Math.round(req.timing().startTime)} ${calls.map((c) => c.method).join(",")}`);
  });
  const listed = page.locator(".list-count");
  const t0 = performance.now();
  await page.goto(target);
  await listed.waitFor({ timeout: 60_000 });
  const cold = performance.now() - t0;
  const coldProfile = await page.evaluate(collect);
  let events: TraceEvent[] = [];
  const t1 = performance.now();
  const reload = async () => {
    await page.reload();
    await listed.waitFor({ timeout: 60_000 });
  };
  rpc.length = 0;
  if (a.trace) events = await traced(context, page, reload);
  else await reload();
  const reloadMs = performance.now() - t1;
  const p = await page.evaluate(collect);
  console.log(
    `cold ${cold.toFixed(0)} ms (list in page at ${coldProfile.listAt}); reload ${reloadMs.toFixed(0)} ms`,
  );
  console.log(`reload, page clock: list shown at ${p.listAt} ms; navigation ${JSON.stringify(p.nav)}`);
  console.log("marks:", p.marks.map((m) => `${m.name}@${m.t}`).join(" "));
  console.log("long tasks:", p.longTasks.map((t) => `${t.start}+${t.duration}`).join(" "));
  const before = p.resources.filter((r) => r.start <= p.listAt);
  const bytes = before.reduce((s, r) => s + r.bytes, 0);
  const answers = p.resources.filter(
    (r) => r.name.startsWith(info.rpcUrl.replace(/\/$/, "")) && r.end <= p.listAt,
  );
  console.log(
    `resources before the list: ${before.length}, ${(bytes / 1024).toFixed(0)} kB encoded; RPC answers in: ${answers.length}`,
  );
  for (const r of before)
    console.log(
      `${String(r.start).padStart(6)} ${String(r.end).padStart(6)} ${String(Math.round(r.bytes / 1024)).padStart(5)} kB ${r.type.padEnd(8)} ${r.name.slice(0, 90)}`,
    );
  console.log("rpc requests on reload (the first 12):", rpc.slice(0, 12).join(" | "));
  if (a.shots) {
    await page.screenshot({ path: join(a.shots, "proposals-reload-desktop-light.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await reload();
    await page.screenshot({ path: join(a.shots, "proposals-reload-mobile-dark.png") });
  }
  if (a.trace) console.log("main thread by event (ms):", JSON.stringify(summarize(events, p.listAt)));
} finally {
  await close();
}
