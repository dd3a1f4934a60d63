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
  /** How many logs the whole store holds (all streams): what reading the history back would cost. */
  storedLogs: number;
};
/** Why the logs since a block cannot be given: the caller takes the full history instead. */
export type SinceRefusal = { ok: false; reason: "reorg" | "no-history" | "ahead" | "gap" };

type Deferred<T> = { promise: Promise<T>; resolve: (x: T) => void; reject: (e: unknown) => void };

function deferred<T>(): Deferred<T> {
  let resolve: (x: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a run that fails with nobody waiting is no unhandled rejection
  return { promise, resolve, reject };
}

/** One run's publications: its head as soon as it is read, and its stage once its new logs are committed. */
type Slot = {
  head: Promise<Head>;
  promise: Promise<RunStage>;
  publishHead: (h: Head) => void;
  resolve: (s: RunStage) => void;
  /** The run ended without a stage (its head too, if that was not read either). */
  reject: (e: unknown) => void;
  done: boolean;
};

function slot(): Slot {
  const head = deferred<Head>();
  const stage = deferred<RunStage>();
  const s: Slot = {
    head: head.promise,
    promise: stage.promise,
    publishHead: head.resolve,
    resolve: () => undefined,
    reject: () => undefined,
    done: false,
  };
  s.resolve = (x) => {
    s.done = true;
    stage.resolve(x);
  };
  s.reject = (e) => {
    s.done = true;
    head.reject(e); // no-op once the head was published
    stage.reject(e);
  };
  return s;
}

/** The stage of the current (or else the next) run of each stream set: a caller that asks before the run has
 * started waits for it, one that asks after gets the last run's. */
export function createStageBoard() {
  const slots = new Map<string, Slot>();
  /** The slot of the run in progress, the last one, or the next one to start. */
  const current = (key: string): Slot => {
    let s = slots.get(key);
    if (!s) {
      s = slot();
      slots.set(key, s);
    }
    return s;
  };
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
    next: (key: string): Promise<RunStage> => current(key).promise,
    /** The head of that same run, as soon as it has read it (before it fetches anything). */
    nextHead: (key: string): Promise<Head> => current(key).head,
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
  // An anchor the run kept (its reorg check passed over it) vouches for `from` without a request: the engine
  // trusts the stored logs below its last good anchor on the same grounds.
  const kept = parts.every(({ s }) =>
    s?.state.anchors.some((a) => a.number === from.number && a.hash === from.hash),
  );
  if (!kept && !(await stage.isCanonical(from))) return { ok: false, reason: "reorg" };
  if (parts.some(({ s }) => !s || s.coveredBefore.length === 0)) return { ok: false, reason: "no-history" };
  const streams: SinceLogs["streams"] = [];
  for (const { id, s } of parts) {
    if (!s) return { ok: false, reason: "no-history" };
    const start = from.number + 1;
    if (!coversAll(s.state.covered, start, h.finalized)) return { ok: false, reason: "gap" };
    const stored = start <= h.finalized ? await store.getLogs(id, start, h.finalized) : [];
    streams.push({ id, logs: [...stored, ...s.tail.filter((l) => l.blockNumber > from.number)] });
  }
  const { logs: storedLogs } = await store.size();
  return { ok: true, streams, syncedTo: h.head.number, finalized: h.finalized, head: h.head, storedLogs };
}
