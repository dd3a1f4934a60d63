import { devnetReload } from "./app-devnet";
import { type EngineBase, type Judged, judgeApp, judgeDevnet, judgedJson, judgedLines } from "./app-targets";
import { appVisits, type Counted, type VisitOptions } from "./app-visit";

type Row = [string, number, number, string];

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A request's calls for a trace line: each one, or for a large batch the count of each method. */
function callsLine(calls: readonly string[]): string {
  if (calls.length <= 8) return calls.join(", ");
  const by = new Map<string, number>();
  for (const c of calls) {
    const m = c.split(" ")[0] ?? c;
    by.set(m, (by.get(m) ?? 0) + 1);
  }
  return `batch of ${calls.length}: ${[...by].map(([m, n]) => `${n} ${m}`).join(", ")}`;
}

/**
 * The app's side of issue #15 in one bench run: the visit figures (first visit, reload, idle minute) on the
 * bench chain, and `npm start`'s proposals page on the devnet, judged against targets computed from the
 * engine's figures of the same run. Returns rows for the bench table, the printed lines and the JSON figures;
 * a part that fails is reported as a line, never as a figure.
 */
export async function appFigures(o: VisitOptions & { devnet: boolean; repeat: number; base: EngineBase }) {
  const rows: Row[] = [];
  const lines: string[] = [];
  const judged: Judged[] = [];
  const json: Record<string, number | boolean> = {};
  const visit = await appVisits(o).catch((e: unknown) => String(e));
  if (typeof visit === "object") {
    const { first, reload, idle } = visit;
    rows.push([
      "app first visit in Chromium",
      first.requests,
      first.listMs,
      `list shown; verified at the head after ${s(first.verifiedMs)}; JS heap ${first.heapMb.toFixed(0)} MB`,
    ]);
    rows.push([
      "app reload, list painted",
      0,
      reload.paintMs,
      `"${reload.paintText}" with ${reload.answersBeforePaint} RPC answers in; page at ${reload.routeMs.toFixed(0)} ms (${reload.answersBeforeRoute} answers); all listed at ${reload.fullMs.toFixed(0)} ms`,
    ]);
    rows.push([
      "app reload, fresh (verified at head)",
      reload.requests,
      reload.freshMs,
      `banner names block ${reload.head.toLocaleString("en-US")} (${reload.newBlocks} new blocks)`,
    ]);
    rows.push([
      "app background after the reload",
      visit.background.requests,
      visit.background.ms,
      visit.background.quiet
        ? "until at most 2 requests in 20 s (the head polls)"
        : "still busy at the 180 s limit",
    ]);
    rows.push([
      `app idle ${idle.seconds} s (HTTP)`,
      idle.requests,
      idle.seconds * 1000,
      "requests while open",
    ]);
    const by = (c: Counted) => `${JSON.stringify(c.byMethod)}, getLogs ${JSON.stringify(c.getLogsBy)}`;
    lines.push(`app first visit by method: ${by(first)}`);
    lines.push(`app reload by method (until fresh): ${by(reload)}`);
    lines.push(`app background after the reload by method: ${by(visit.background)}`);
    lines.push(`app idle ${idle.seconds} s by method: ${by(idle)}`);
    if (visit.firstMarks.length > 0)
      lines.push(`app first visit phases (ms): ${visit.firstMarks.join(", ")}`);
    for (const r of visit.trace) {
      const took = r.ms === undefined ? "     ?" : `+${r.ms.toFixed(0).padStart(5)}`;
      lines.push(
        `app trace ${r.phase.padEnd(22)} ${r.t.toFixed(0).padStart(6)} ${took} ms  ${callsLine(r.calls)}`,
      );
    }
    judged.push(...judgeApp(visit, o.base));
    json.app_first_verified_ms = Math.round(first.verifiedMs);
    json.app_heap_after_sync_mb = Math.round(first.heapMb);
    json.app_reload_answers_before_paint = reload.answersBeforePaint;
    json.app_background_requests = visit.background.requests;
    json.app_background_ms = Math.round(visit.background.ms);
  } else lines.push(`Chromium app visit skipped: ${visit}`);

  if (o.devnet) {
    const d = await devnetReload(o.repeat).catch((e: unknown) => String(e));
    if (typeof d === "object") {
      const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
      rows.push([
        "devnet (npm start) proposals, reload",
        0,
        d.reloadMs,
        `median of ${d.reload.length}: ${runs(d.reload)} ms; cold ${runs(d.cold)} ms`,
      ]);
      lines.push(
        `npm start ready in ${d.startSeconds.toFixed(0)} s${d.reusedDevnet ? " (reused a devnet)" : ""}`,
      );
      judged.push(judgeDevnet(d.reloadMs));
      json.devnet_cold_ms = Math.round(d.coldMs);
    } else lines.push(`devnet (npm start) figure skipped: ${d}`);
  }
  Object.assign(json, judgedJson(judged));
  return { rows, lines: [...lines, ...judgedLines(judged)], json };
}
