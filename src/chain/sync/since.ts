import type { Anchor, StoredLog, StreamState, SyncStore } from "@/chain/store/types";
import type { Head } from "./finality";
import type { Interval } from "./intervals";

/** Where a run stands once its new logs are fetched and committed, before it reads the whole stream back:
 * the head it synced to, its reorg check, and per stream the coverage before the run and the unfinalized tail. */
export type RunStage = {
  head: Head;
  isCanonical: (a: Anchor) => Promise<boolean>;
  streams: Map<
    string,
    { coveredBefore: readonly Interval[]; state: StreamState; tail: readonly StoredLog[] }
  >;
};

/** The logs of each stream above a block the caller holds a confirmed picture of, through the run's head. */
export type SinceLogs = {
  ok: true;
  streams: { id: string; logs: StoredLog[] }[];
  syncedTo: number;
  finalized: number;
  head: Anchor;
};
/** Why the logs since a block cannot be given: the caller takes the full history instead. */
export type SinceRefusal = { ok: false; reason: "reorg" | "no-history" | "ahead" | "gap" };

type Slot = {
  promise: Promise<RunStage>;
  resolve: (s: RunStage) => void;
  reject: (e: unknown) => void;
  done: boolean;
};

function slot(): Slot {
  let resolve: (s: RunStage) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<RunStage>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a run that fails with nobody waiting is no unhandled rejection
  const s: Slot = { promise, resolve: () => undefined, reject: () => undefined, done: false };
  s.resolve = (x) => {
    s.done = true;
    resolve(x);
  };
  s.reject = (e) => {
    s.done = true;
    reject(e);
  };
  return s;
}

/** The stage of the current (or else the next) run of each stream set: a caller that asks before the run has
 * started waits for it, one that asks after gets the last run's. */
export function createStageBoard() {
  const slots = new Map<string, Slot>();
  return {
    /** The slot a run starting now fills (a new one when the last was filled). */
    begin(key: string): Slot {
      let s = slots.get(key);
      if (!s || s.done) {
        s = slot();
        slots.set(key, s);
      }
      return s;
    },
    /** The stage of the run in progress, the last one, or the next one to start. */
    next(key: string): Promise<RunStage> {
      let s = slots.get(key);
      if (!s) {
        s = slot();
        slots.set(key, s);
      }
      return s.promise;
    },
  };
}

/** Whether the coverage holds every block from `from` through `to` in one interval. */
const coversAll = (covered: readonly Interval[], from: number, to: number) =>
  from > to || covered.some(([a, b]) => a <= from && b >= to);

/**
 * The logs above `from.number` through the stage's head, without reading the rest of the history back: the
 * store's finalized logs from `from.number + 1` (a range read) and the run's unfinalized tail. Refused when
 * `from` is no longer on the chain (a reorg below it), is above the head, when the store held nothing of the
 * stream before the run (a cleared store, a first visit) or when its coverage has a gap there.
 */
export async function logsSince(
  store: SyncStore,
  stage: RunStage,
  ids: readonly string[],
  from: Anchor,
): Promise<SinceLogs | SinceRefusal> {
  const h = stage.head;
  if (from.number > h.head.number) return { ok: false, reason: "ahead" };
  const parts = ids.map((id) => ({ id, s: stage.streams.get(id) }));
  if (!(await stage.isCanonical(from))) return { ok: false, reason: "reorg" };
  if (parts.some(({ s }) => !s || s.coveredBefore.length === 0)) return { ok: false, reason: "no-history" };
  const streams: SinceLogs["streams"] = [];
  for (const { id, s } of parts) {
    if (!s) return { ok: false, reason: "no-history" };
    const start = from.number + 1;
    if (!coversAll(s.state.covered, start, h.finalized)) return { ok: false, reason: "gap" };
    const stored = start <= h.finalized ? await store.getLogs(id, start, h.finalized) : [];
    streams.push({ id, logs: [...stored, ...s.tail.filter((l) => l.blockNumber > from.number)] });
  }
  return { ok: true, streams, syncedTo: h.head.number, finalized: h.finalized, head: h.head };
}
