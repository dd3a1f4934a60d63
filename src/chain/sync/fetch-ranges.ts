import { type Address, type LogTopic, numberToHex } from "viem";
import type { StoredLog } from "@/chain/store/types";
import type { Interval } from "./intervals";
import type { RangeSizer } from "./range-sizer";
import type { Rpc } from "./rpc";
import { classifyError } from "./rpc-errors";

/** One eth_getLogs filter: several contracts (none: all contracts) and a topic filter (topic0 alternatives first). */
export type LogFilter = { address: Address[]; topics: LogTopic[] };

/** The filter as eth_getLogs takes it: an empty address list is left out, since nodes differ on what `[]` means. */
export const getLogsFilter = (f: LogFilter) =>
  f.address.length > 0 ? { address: f.address, topics: f.topics } : { topics: f.topics };

export type FetchOptions = {
  rpc: Rpc;
  filter: LogFilter;
  intervals: readonly Interval[];
  sizer: RangeSizer;
  concurrency: number;
  /** Called once per successful request with its logs in stored form, possibly out of block order. */
  onChunk: (from: number, to: number, logs: StoredLog[]) => Promise<void> | void;
  onSplit?: () => void;
};

/** Fetches every block of `intervals` for one filter, splitting on range errors and growing after successes. */
export async function fetchRanges(o: FetchOptions): Promise<void> {
  const pending: [number, number][] = o.intervals.map(([a, b]) => [a, b]);
  pending.sort((x, y) => x[0] - y[0]);
  const inflight = new Set<Promise<void>>();
  const failed: { error?: unknown; set: boolean } = { set: false };
  const fail = (error: unknown) => {
    if (!failed.set) Object.assign(failed, { error, set: true });
  };

  // `join` lets a remainder run on into the next pending blocks, so it is not fetched as a stub of its own.
  const requeue = (from: number, to: number, join = false) => {
    const i = pending.findIndex(([a]) => a > from);
    const next = i === -1 ? undefined : pending[i];
    if (join && next && next[0] === to + 1) next[0] = from;
    else pending.splice(i === -1 ? pending.length : i, 0, [from, to]);
  };

  const run = async (from: number, to: number, grant: ReturnType<RangeSizer["take"]> & object) => {
    const range = { fromBlock: numberToHex(from), toBlock: numberToHex(to) };
    const span = to - from + 1;
    let logs: StoredLog[];
    try {
      logs = await o.rpc.getLogs({ ...range, ...getLogsFilter(o.filter) }, from, to, o.filter);
    } catch (error) {
      const kind = classifyError(error, range);
      if (kind.kind === "range" && span > 1) {
        o.sizer.failure(grant, span, kind, from);
        o.onSplit?.();
        // The failed range is split here, not left to the shared size: that size may be set by ranges
        // further ahead and would hand this one back whole. A provider's exact fit is fetched as given.
        const first = Math.max(1, Math.min(kind.suggested ?? Math.floor(span / 2), span - 1));
        requeue(from + first, to, true);
        requeue(from, from + first - 1);
      } else {
        o.sizer.release(grant);
        fail(error);
      }
      return;
    }
    o.sizer.success(grant, span, logs.length, from);
    try {
      await o.onChunk(from, to, logs);
    } catch (error) {
      fail(error);
    }
  };

  while (!failed.set && (pending.length > 0 || inflight.size > 0)) {
    while (!failed.set && pending.length > 0 && inflight.size < o.concurrency) {
      const grant = o.sizer.take();
      const head = pending[0];
      if (!grant || !head) break;
      const from = head[0];
      const to = Math.min(head[1], from + grant.size - 1);
      if (to === head[1]) pending.shift();
      else head[0] = to + 1;
      const p: Promise<void> = run(from, to, grant).finally(() => inflight.delete(p));
      inflight.add(p);
    }
    if (inflight.size > 0) await Promise.race(inflight);
    else if (pending.length > 0) throw new Error("sync scheduler stalled with work left"); // never spin
  }
  await Promise.allSettled(inflight);
  if (failed.set) throw failed.error;
}
