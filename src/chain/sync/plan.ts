import type { StreamState } from "@/chain/store/types";
import type { Head } from "./finality";
import { type Interval, mergeIntervals, missingIntervals } from "./intervals";

/** What one sync of a stream will fetch: the finalized gaps plus the unfinalized tail, merged. */
export type StreamPlan = { missing: Interval[]; tail: Interval | null; fetch: Interval[] };

/** Plans a stream: only ranges not yet covered, and the tail above finality every time. */
export function planStream(state: StreamState, h: Head): StreamPlan {
  const start = state.deployBlock ?? 0;
  const missing = h.finalized >= start ? missingIntervals([start, h.finalized], state.covered) : [];
  const tailFrom = Math.max(start, h.finalized + 1);
  const tail: Interval | null = tailFrom <= h.head.number ? [tailFrom, h.head.number] : null;
  return { missing, tail, fetch: mergeIntervals(tail ? [...missing, tail] : missing) };
}
