import type { StoredLog, StreamState, SyncStore } from "@/chain/store/types";
import { perfMark } from "@/lib/perf-mark";
import type { Head } from "./finality";
import { mergeIntervals } from "./intervals";
import { logMatches } from "./merge-filters";
import type { StatusStore } from "./status";
import { byChainOrder, inChainOrder } from "./stored-log";
import type { StreamSpec } from "./stream";
import { SLICE_LOGS, yieldToMain } from "./yield";

const KEEP_ANCHORS = 16;
/** A stream's persisted logs as of its last sync in this engine, the coverage they match, its unfinalized tail
 * and the head (`atOf`) that tail was fetched at. */
export type Memo = { covered: string; logs: StoredLog[]; tail: StoredLog[]; at: string };
/** A head as a memo names it (number, hash and finality). */
export const atOf = (h: Head) => `${h.head.number}:${h.head.hash}:${h.finalized}`;

/** The logs of one stream after a sync: persisted (finalized) and the unfinalized tail, in chain order. */
export type StreamLogs = { id: string; logs: StoredLog[]; finalizedCount: number };

/** What a sink writes to and remembers in (the engine's), and who is told of each finalized chunk it keeps. */
export type SinkDeps = {
  store: SyncStore;
  status: StatusStore;
  memory: Map<string, Memo>;
  onFinalized?: FinalizedChunkListener;
};
/** Told of a stream's finalized logs of one fetched chunk, in chain order, as they arrive: the same objects the
 * sync's result then holds, in that order (a decoder can start on them while the rest are fetched). */
export type FinalizedChunkListener = (streamId: string, logs: readonly StoredLog[]) => void;

async function persistedLogs(
  d: SinkDeps,
  id: string,
  coveredBefore: string,
  fetched: StoredLog[][],
  finalized: number,
) {
  const known =
    coveredBefore === "[]" ? [] : d.memory.get(id)?.covered === coveredBefore ? d.memory.get(id)?.logs : null;
  if (!known) {
    perfMark("sync:read-back:start");
    const all = await d.store.getLogs(id, 0, finalized);
    perfMark("sync:read-back:end");
    return all;
  }
  // Fetched ranges were not covered before, so the sets are disjoint; the concatenation only needs order.
  return fetched.length === 0 ? known : inChainOrder([known, ...fetched]);
}

/** One stream's share of a fetch: it keeps the logs its own filter asks for, commits finalized chunks in
 * arrival order (each with the coverage as of that chunk) and, when done, its persisted logs and tail. */
export function createStreamSink(d: SinkDeps, spec: StreamSpec, state: StreamState, h: Head) {
  const tail: StoredLog[] = [];
  // One list per chunk (each in chain order): joined once at the end instead of pushed log by log.
  const fetched: StoredLog[][] = [];
  const coveredBefore = JSON.stringify(state.covered);
  // Anchor at the head read before fetching: if its hash later changes, everything fetched since is suspect,
  // including chunks committed by a run that failed halfway.
  state.anchors = [...state.anchors.filter((a) => a.number < h.head.number), h.head].slice(-KEEP_ANCHORS);
  // Writes go on while the requests do: a slow store (IndexedDB) no longer holds a request slot.
  let writes: Promise<void> = Promise.resolve();
  return {
    async onChunk(from: number, to: number, raw: readonly StoredLog[]) {
      const final: StoredLog[] = [];
      for (let i = 0; i < raw.length; i++) {
        // A provider's 10,000-log answer is handled in slices, so the page stays responsive meanwhile.
        if (i > 0 && i % SLICE_LOGS === 0) await yieldToMain();
        const l = raw[i];
        if (!l || !logMatches(l.address, l.topics, spec.filter)) continue; // another member's log
        (l.blockNumber <= h.finalized ? final : tail).push(l);
      }
      if (final.length > 0) {
        fetched.push(final.sort(byChainOrder));
        d.onFinalized?.(spec.id, final);
      }
      if (from <= h.finalized) {
        state.covered = mergeIntervals([...state.covered, [from, Math.min(to, h.finalized)]]);
        const snapshot = { ...state };
        writes = writes.then(() => d.store.commit(snapshot, final));
      }
      d.status.set((s) => ({ blocksDone: s.blocksDone + (to - from + 1) }));
    },
    settled: () => writes,
    /** Commits the stream's state; then its new logs are in the store and `since` can answer. */
    async commit() {
      await d.store.commit(state, []);
      tail.sort(byChainOrder);
      return { coveredBefore: JSON.parse(coveredBefore) as [number, number][], state, tail };
    },
    async finish(): Promise<StreamLogs> {
      const persisted = await persistedLogs(d, spec.id, coveredBefore, fetched, h.finalized);
      d.memory.set(spec.id, { covered: JSON.stringify(state.covered), logs: persisted, tail, at: atOf(h) });
      return { id: spec.id, logs: [...persisted, ...tail], finalizedCount: persisted.length };
    },
  };
}
