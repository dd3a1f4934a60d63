import type { StoredLog } from "@/chain/store/types";
import { decodeOffThread } from "./decode-off-thread";
import type { Decoded } from "./incremental-decode";

/** A chunk decoded as it arrived: its first and last log (the objects themselves) and its events. */
type Ahead = { last: StoredLog; count: number; decoded: Promise<Decoded> };

// Keyed by a chunk's first log object: the sync's result holds the same objects in the same order, so a run of
// them is recognised exactly (never by value); entries go when used, or with their logs.
const ahead = new WeakMap<StoredLog, Ahead>();
const watched = new Map<string, number>();

/** Streams whose finalized chunks are decoded as the sync fetches them (a first decoding of their history, where
 * decoding everything after the last getLogs would add its whole time to the wait); returns the unwatch. */
export function watchDecodeAhead(ids: readonly string[]): () => void {
  for (const id of ids) watched.set(id, (watched.get(id) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const id of ids) {
      const n = (watched.get(id) ?? 0) - 1;
      if (n > 0) watched.set(id, n);
      else watched.delete(id);
    }
  };
}

/** A stream's finalized logs of one chunk, from the sync engine (its `onFinalized`): decoded now if watched. */
export function offerDecodeAhead(streamId: string, logs: readonly StoredLog[]): void {
  const first = logs[0];
  const last = logs[logs.length - 1];
  if (!watched.has(streamId) || !first || !last) return;
  const decoded = decodeOffThread([{ logs, finalizedCount: logs.length }]);
  decoded.catch(() => undefined); // a failure is the decoding's own: the run is then decoded again below
  ahead.set(first, { last, count: logs.length, decoded });
}

const decodeAll = (logs: readonly StoredLog[]) => decodeOffThread([{ logs, finalizedCount: logs.length }]);

/**
 * Finalized logs of one stream (in chain order) decoded, with the runs of them decoded ahead taken as they are
 * and only the rest decoded now; the same events as decoding them all at once.
 */
export async function decodeFinalized(logs: readonly StoredLog[]): Promise<Decoded> {
  const parts: Promise<Decoded>[] = [];
  let gap = 0;
  let i = 0;
  while (i < logs.length) {
    const log = logs[i] as StoredLog;
    const hit = ahead.get(log);
    if (!hit || logs[i + hit.count - 1] !== hit.last) {
      i++;
      continue;
    }
    ahead.delete(log);
    if (gap < i) parts.push(decodeAll(logs.slice(gap, i)));
    const run = logs.slice(i, i + hit.count);
    parts.push(hit.decoded.catch(() => decodeAll(run)));
    i += hit.count;
    gap = i;
  }
  if (parts.length === 0) return decodeAll(logs);
  if (gap < logs.length) parts.push(decodeAll(logs.slice(gap)));
  const done = await Promise.all(parts);
  return {
    events: done.flatMap((d) => d.events),
    undecodable: done.reduce((n, d) => n + d.undecodable, 0),
  };
}
