/** One trace event of Chromium's JSON trace format (the fields this analysis reads). */
export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
};
/** A V8 CPU profile as CDP's Profiler.stop returns it. */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
};
/** A long main-thread task with what ran in it. */
export type LongTask = {
  startMs: number;
  ms: number;
  /** The trace's top-level events inside the task (e.g. "FunctionCall fetch", "EventDispatch message"). */
  events: string[];
  /** Self time by function from the CPU samples inside the task, most first. */
  functions: { name: string; ms: number }[];
};

const short = (url: string) => url.split("/").pop()?.split("?")[0] ?? url;

/** What an event says about itself, for a line of the report. */
function label(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  const what = [d.functionName, d.type, d.url ? short(String(d.url)) : undefined].filter(Boolean).join(" ");
  return what ? `${e.name} ${what}` : e.name;
}

/** The renderer main thread's tasks longer than `overMs`, each attributed to the trace events in it and to the
 * functions the CPU profile sampled during it (the profile and the trace share one clock, in microseconds). */
export function longTasks(
  events: readonly TraceEvent[],
  profile: CpuProfile | null,
  overMs = 50,
): LongTask[] {
  const main = events.find(
    (e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain",
  );
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > overMs * 1000);
  const nodes = new Map(profile?.nodes.map((n) => [n.id, n.callFrame]) ?? []);
  const times: number[] = [];
  let t = profile?.startTime ?? 0;
  for (const d of profile?.timeDeltas ?? []) {
    t += d;
    times.push(t);
  }
  const t0 = events.reduce((m, e) => (e.ts > 0 ? Math.min(m, e.ts) : m), Number.POSITIVE_INFINITY);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 2_000);
    const seen = new Map<string, number>();
    for (const e of inside) seen.set(label(e), (seen.get(label(e)) ?? 0) + (e.dur ?? 0) / 1000);
    const self = new Map<string, number>();
    (profile?.samples ?? []).forEach((id, i) => {
      const at = times[i] ?? 0;
      if (at < task.ts || at >= end) return;
      const f = nodes.get(id);
      const name = f ? `${f.functionName || "(anonymous)"} ${short(f.url)}:${f.lineNumber + 1}` : "?";
      const step = (times[i + 1] ?? at) - at;
      self.set(name, (self.get(name) ?? 0) + step / 1000);
    });
    const top = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1]);
    return {
      startMs: (task.ts - t0) / 1000,
      ms: (task.dur ?? 0) / 1000,
      events: top(seen)
        .slice(0, 4)
        .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`),
      functions: top(self)
        .slice(0, 5)
        .map(([name, ms]) => ({ name, ms })),
    };
  });
}
