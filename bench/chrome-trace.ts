import type { CDPSession } from "playwright-core";

/** One Chromium trace event, as the bench's profiles read them. */
export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: { name?: string; data?: { url?: string; functionName?: string }; fileName?: string };
};

/** Starts a CDP trace of the main thread's timeline (script compile and run, layout, GC, user timing, loading);
 * the function it returns ends the trace and gives its events. */
export async function startTimelineTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: {
      includedCategories: [
        "devtools.timeline",
        "v8",
        "v8.execute",
        "blink.user_timing",
        "loading",
        "__metadata",
      ],
    },
  });
  return async () => {
    await cdp.send("Tracing.end");
    await done;
    return events;
  };
}
