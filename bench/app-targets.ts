import type { AppVisit } from "./app-visit";

/** One named figure of issue #15 against its target, computed from baselines measured in the same run. */
export type Judged = { key: string; value: number; target: number; basis: string };

/** The engine's figures of the same run that the app's targets are stated against. */
export type EngineBase = {
  coldRequests: number;
  coldMs: number;
  decodeMs: number;
  /** The engine's warm sync over HTTP (head read, then getLogs), as the app runs in the bench. */
  warmHttpMs: number;
};

const headReads = (byMethod: Record<string, number>) =>
  (byMethod.eth_getBlockByNumber ?? 0) + (byMethod.eth_blockNumber ?? 0);

/** The app's named figures, each beside its target from the issue (value <= target passes). */
export function judgeApp(v: AppVisit, e: EngineBase): Judged[] {
  const perMin = (n: number) => (n * 60) / v.idle.seconds;
  const polls = perMin(headReads(v.idle.byMethod));
  return [
    {
      key: "app_first_requests",
      value: v.first.requests,
      target: e.coldRequests + 4,
      basis: "engine cold requests + 4",
    },
    {
      key: "app_first_ms",
      value: v.first.listMs,
      target: 1.5 * (e.coldMs + e.decodeMs),
      basis: "1.5 x (engine cold + decode)",
    },
    { key: "app_reload_requests", value: v.reload.requests, target: 4, basis: "4 in all" },
    { key: "app_reload_paint_ms", value: v.reload.paintMs, target: 300, basis: "300 ms" },
    {
      key: "app_reload_fresh_ms",
      value: v.reload.freshMs,
      target: 2 * e.warmHttpMs + 100,
      basis: "2 x engine warm (HTTP) + 100 ms",
    },
    {
      key: "app_idle_requests_per_min",
      value: perMin(v.idle.requests),
      target: 2 * polls,
      basis: `a head read + a getLogs per poll (${polls.toFixed(0)} polls/min seen)`,
    },
  ];
}

/** The devnet's reload figure (`npm start`'s build). */
export const judgeDevnet = (reloadMs: number): Judged => ({
  key: "devnet_reload_ms",
  value: reloadMs,
  target: 1000,
  basis: "1.0 s",
});

const verdict = (j: Judged) => (Number.isFinite(j.value) && j.value <= j.target ? "PASS" : "MISS");

/** Table lines: figure, value, target, ratio value/target, PASS/MISS, what the target is. */
export function judgedLines(js: Judged[]): string[] {
  const head = `${"figure".padEnd(28)}${"value".padStart(10)}${"target".padStart(10)}${"ratio".padStart(8)}  verdict  target is`;
  return [
    head,
    ...js.map(
      (j) =>
        `${j.key.padEnd(28)}${j.value.toFixed(0).padStart(10)}${j.target.toFixed(0).padStart(10)}${(j.value / j.target).toFixed(2).padStart(8)}  ${verdict(j).padEnd(7)}  ${j.basis}`,
    ),
  ];
}

/** The figures for the last JSON line: each value, and `<key>_target`, `<key>_ratio`, `<key>_pass`. */
export function judgedJson(js: Judged[]): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (const j of js) {
    out[j.key] = Math.round(j.value);
    out[`${j.key}_target`] = Math.round(j.target);
    out[`${j.key}_ratio`] = Math.round((j.value / j.target) * 100) / 100;
    out[`${j.key}_pass`] = verdict(j) === "PASS";
  }
  return out;
}
