import { type PackedLogs, packLogs, unpackLogs } from "./packed-logs";
import type { StoredLog } from "./types";

/** One IndexedDB record (database version 3): a stream's logs over blocks `from..to` (the first and last log's
 * blocks), in chain order, packed (packed-logs.ts). Records of one stream never share a block, so a block
 * range maps to a run of whole records. */
export type ChunkRow = { streamId: string; from: number; to: number; count: number } & PackedLogs;
/** The record's key: everything but the logs, so spans and counts are read without the logs themselves. */
export type ChunkKey = [string, number, number, number];

/** A record holds at most this many logs (a cold sync's chunk of up to the provider's log cap, an import or a
 * migration is cut into records of this size), so a rewind or a narrow read never handles a huge record, and
 * the structured clone IndexedDB makes of each record on the main thread stays short (one task per record:
 * 5,000 logs took over 250 ms on a loaded machine, 2,000 logs 90 to 131 ms in a 263,000-log sync). */
export const MAX_ROW_LOGS = 500;
/** A new commit is folded into the record before it when that one is smaller than this: warm syncs commit a
 * few logs each, and would otherwise leave one tiny record per poll. */
export const SMALL_ROW_LOGS = 500;

const byChainOrder = (a: StoredLog, b: StoredLog) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex;

/** The key of a record. */
export const chunkKey = (r: ChunkRow): ChunkKey => [r.streamId, r.from, r.to, r.count];

/** True when a stored key has the shape of a chunk key (a record written by hand may not). */
export const isChunkKey = (k: unknown): k is ChunkKey =>
  Array.isArray(k) &&
  k.length === 4 &&
  typeof k[0] === "string" &&
  k.slice(1).every((n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0);

/** Sorts logs into chain order, the later of two at the same position winning (a re-fetch replaces). */
export function sortUnique(logs: readonly StoredLog[]): StoredLog[] {
  // A sync's chunk arrives sorted and without repeats: checked in one pass, it skips the map and the sort.
  let sorted = true;
  for (let i = 1; i < logs.length && sorted; i++) {
    const a = logs[i - 1];
    const b = logs[i];
    sorted = a !== undefined && b !== undefined && byChainOrder(a, b) < 0;
  }
  if (sorted) return [...logs];
  const byPos = new Map<string, StoredLog>();
  for (const l of logs) byPos.set(`${l.blockNumber}:${l.logIndex}`, l);
  return [...byPos.values()].sort(byChainOrder);
}

/** Cuts sorted, unique logs into runs of at most `max`, never between two logs of one block. */
export function rowSlices(sorted: readonly StoredLog[], max = MAX_ROW_LOGS): StoredLog[][] {
  const out: StoredLog[][] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = Math.min(start + max, sorted.length);
    // A block's logs stay together, even if that makes this record longer than max.
    while (end < sorted.length && sorted[end]?.blockNumber === sorted[end - 1]?.blockNumber) end++;
    out.push(sorted.slice(start, end));
    start = end;
  }
  return out;
}

/** The record of one run of a stream's logs (sorted, unique, within one rowSlices run). */
export function toRow(streamId: string, logs: readonly StoredLog[]): ChunkRow {
  const from = logs[0]?.blockNumber ?? 0;
  const to = logs[logs.length - 1]?.blockNumber ?? from;
  return { streamId, from, to, count: logs.length, ...packLogs(logs) };
}

/** Cuts sorted, unique logs into records of at most MAX_ROW_LOGS, never between two logs of one block. */
export const toRows = (streamId: string, sorted: readonly StoredLog[], max = MAX_ROW_LOGS): ChunkRow[] =>
  rowSlices(sorted, max).map((logs) => toRow(streamId, logs));

/** The logs of a record read back from storage that are well formed, and whether any were not. */
export function rowLogs(v: unknown): { logs: StoredLog[]; bad: boolean } {
  const count = (v as { count?: unknown } | null)?.count;
  if (typeof v !== "object" || v === null || typeof count !== "number" || !Number.isSafeInteger(count))
    return { logs: [], bad: true };
  const { logs, bad } = unpackLogs(v, count);
  return { logs, bad: bad > 0 };
}
