import type { StoredLog, SyncStore } from "@/chain/store/types";
import { perfMark } from "@/lib/perf-mark";
import { mergeIntervals } from "./intervals";
import type { StreamSpec } from "./stream";

/** A stream's stored logs without touching the network, and the block they are complete through (null: none
 * from the stream's first block on); for a first paint. */
export async function cachedLogs(
  store: SyncStore,
  spec: StreamSpec,
): Promise<{ logs: StoredLog[]; coveredTo: number | null }> {
  perfMark("cached:start");
  const state = await store.getStream(spec.id);
  // Only a gap-free prefix from the first block counts as "covered through N".
  const first = state ? mergeIntervals(state.covered)[0] : undefined;
  const start = state?.deployBlock ?? spec.fromBlock ?? 0;
  const coveredTo = first && first[0] <= start ? first[1] : null;
  const logs = state ? await store.getLogs(spec.id) : [];
  perfMark("cached:end");
  return { logs, coveredTo };
}
