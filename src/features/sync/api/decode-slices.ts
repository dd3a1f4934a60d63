import { yieldToMain } from "@/chain/sync/yield";
import type { DaoEvent } from "@/domain/events/decode";
import type { DecodeResult, DecodeStreams } from "./decode-client";

/** Logs per message to the worker: the structured clone of a message (logs out, decoded events back) runs on
 * the main thread in one piece, and 263,000 logs in one message took seconds there (bench/RESULTS.md). */
export const DECODE_SLICE_LOGS = 1_000;

type Place = { blockNumber: number; logIndex: number };
const before = (a: Place, b: Place) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex;

/** Lists each in chain order merged into one, in chain order (a linear merge, no sort of the whole). */
export function mergeInChainOrder<E extends Place>(lists: readonly (readonly E[])[]): E[] {
  const parts = lists.filter((l) => l.length > 0);
  if (parts.length === 0) return [];
  if (parts.length === 1) return [...(parts[0] ?? [])];
  let merged: readonly E[] = parts[0] ?? [];
  for (const next of parts.slice(1)) {
    const out: E[] = [];
    let i = 0;
    let j = 0;
    for (;;) {
      const a = merged[i];
      const b = next[j];
      if (a === undefined && b === undefined) break;
      if (b === undefined || (a !== undefined && before(a, b) <= 0)) {
        out.push(a as E);
        i++;
      } else {
        out.push(b);
        j++;
      }
    }
    merged = out;
  }
  return [...merged];
}

/** Events per turn when joining: a whole history's join (263,000 events) in one go took 84 ms under load. */
const JOIN_SLICE = 20_000;

/** Lists each in chain order joined into one in chain order, with a log's repeats dropped (two streams fetched
 * it: the first list's copy is kept, as `withoutDuplicates` keeps the first), giving the page a turn every
 * `every` events. The same result as `withoutDuplicates(mergeInChainOrder(lists))`, with no long task. */
export async function joinInChainOrder<E extends Place>(
  lists: readonly (readonly E[])[],
  every = JOIN_SLICE,
): Promise<E[]> {
  const parts = lists.filter((l) => l.length > 0);
  const at = parts.map(() => 0);
  const out: E[] = [];
  let last: E | undefined;
  for (;;) {
    let k = -1;
    let best: E | undefined;
    for (let p = 0; p < parts.length; p++) {
      const e = parts[p]?.[at[p] ?? 0];
      if (e !== undefined && (best === undefined || before(e, best) < 0)) {
        best = e;
        k = p;
      }
    }
    if (best === undefined) break;
    at[k] = (at[k] ?? 0) + 1;
    if (last !== undefined && before(last, best) === 0) continue;
    out.push(best);
    last = best;
    if (out.length % every === 0) await yieldToMain();
  }
  return out;
}

/** Decodes streams as many small requests (the main thread yields between sending them; each answer arrives
 * as its own task), then joins the answers: the same result as one request, with no long task. */
export async function decodeInSlices(
  decode: (streams: DecodeStreams) => Promise<DecodeResult>,
  streams: DecodeStreams,
  slice = DECODE_SLICE_LOGS,
): Promise<DecodeResult> {
  const perStream: Promise<DecodeResult>[][] = [];
  for (const s of streams) {
    const parts: Promise<DecodeResult>[] = [];
    for (let i = 0; i < s.logs.length; i += slice) {
      if (i > 0 || perStream.length > 0) await yieldToMain();
      const logs = s.logs.slice(i, i + slice);
      const finalizedCount = Math.min(logs.length, Math.max(0, s.finalizedCount - i));
      parts.push(decode([{ logs, finalizedCount }]));
    }
    perStream.push(parts);
  }
  let undecodable = 0;
  const lists: DaoEvent[][] = [];
  for (const parts of perStream) {
    const list: DaoEvent[] = [];
    const answers = await Promise.all(parts);
    for (const [k, r] of answers.entries()) {
      // Joining 263,000 events in one go was the sync's longest task (200 ms): the page gets turns meanwhile.
      if (k > 0 && k % 20 === 0) await yieldToMain();
      undecodable += r.undecodable;
      for (const e of r.events) list.push(e);
    }
    lists.push(list);
  }
  return { events: await joinInChainOrder(lists), undecodable };
}
