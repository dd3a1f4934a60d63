import { decodeStreams } from "../src/domain/events/decode";

type Logs = Parameters<typeof decodeStreams>[0];

/** Runs in the page: decodes the whole history at once, then in slices, and reports the longest block. */
export function measure(streams: Logs) {
  const t0 = performance.now();
  const { events } = decodeStreams(streams);
  const whole = performance.now() - t0;
  let longestSlice = 0;
  for (const s of streams) {
    for (let i = 0; i < s.logs.length; i += 2_000) {
      const t = performance.now();
      decodeStreams([{ logs: s.logs.slice(i, i + 2_000), finalizedCount: 0 }]);
      longestSlice = Math.max(longestSlice, performance.now() - t);
    }
  }
  return { events: events.length, wholeMs: whole, longestSliceMs: longestSlice };
}

/** Runs in the page: fetches the streams from `url`, then measures a first (cold) and a second (JIT warm) run. */
export async function measureFetched(url: string) {
  const streams = (await (await fetch(url)).json()) as Logs;
  return { cold: measure(streams), warm: measure(streams) };
}
