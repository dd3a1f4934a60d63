import { type ClockMode, humanSeconds } from "@/domain/dao/clock";

/** Known block timestamps sorted by block (parallel arrays: compact as JSON, quick to search). */
export type BlockTimes = { readonly blocks: readonly number[]; readonly seconds: readonly number[] };

/** Where the chain is now, to turn clock values (blocks or seconds) into dates. */
export type ClockNow = {
  mode: ClockMode;
  /** The governor's clock() at the pinned block. */
  clock: bigint;
  /** The pinned block's timestamp, seconds. */
  timestamp: number;
  /** Average seconds per block over recent blocks (block clocks only). */
  secondsPerBlock: number;
  /** Real timestamps of past blocks (from logs or headers): exact there, interpolated between them. */
  knownTimes?: BlockTimes;
};

/** Sorts [block, seconds] pairs into a lookup table once; a repeated block keeps its last time. */
export function blockTimesFrom(pairs: Iterable<readonly [number, number]>): BlockTimes {
  const sorted = [...new Map(pairs)].sort((a, b) => a[0] - b[0]);
  return { blocks: sorted.map((p) => p[0]), seconds: sorted.map((p) => p[1]) };
}

/** `now` with more known block times merged in (e.g. one proposal's voting window read for its page). */
export function withBlockTimes(now: ClockNow, extra: ReadonlyMap<bigint, number>): ClockNow {
  if (extra.size === 0) return now;
  const t = now.knownTimes ?? { blocks: [], seconds: [] };
  const pairs = t.blocks.map((b, i): [number, number] => [b, t.seconds[i] ?? 0]);
  for (const [b, s] of extra) pairs.push([Number(b), s]);
  return { ...now, knownTimes: blockTimesFrom(pairs) };
}

/** Index of the first known block >= `block` (binary search). */
function firstAtOrAbove(blocks: readonly number[], block: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] ?? Number.POSITIVE_INFINITY) < block) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A block's real timestamp when it is known, else undefined. */
export function knownBlockTime(now: ClockNow, block: bigint): number | undefined {
  const t = now.knownTimes;
  if (!t) return undefined;
  const b = Number(block);
  const i = firstAtOrAbove(t.blocks, b);
  return t.blocks[i] === b ? t.seconds[i] : undefined;
}

/**
 * A clock value as a unix time in seconds. Exact on timestamp clocks and for known blocks; a past block
 * between known ones (the pinned block counts as known) is interpolated; anything else is extrapolated
 * from the pinned block at the recent block time. Only exact times have `estimated: false`.
 */
export function clockToTime(value: bigint, now: ClockNow): { seconds: number; estimated: boolean } {
  if (now.mode.kind === "timestamp") return { seconds: Number(value), estimated: false };
  const block = Number(value);
  const head = Number(now.clock);
  if (block === head) return { seconds: now.timestamp, estimated: false };
  const extrapolated = { seconds: now.timestamp + (block - head) * now.secondsPerBlock, estimated: true };
  const t = now.knownTimes;
  if (block > head || !t) return extrapolated;
  const i = firstAtOrAbove(t.blocks, block);
  const hiBlock = t.blocks[i] ?? head;
  const hiSeconds = t.seconds[i] ?? now.timestamp;
  if (hiBlock === block) return { seconds: hiSeconds, estimated: false };
  const loBlock = t.blocks[i - 1];
  const loSeconds = t.seconds[i - 1];
  if (loBlock === undefined || loSeconds === undefined) return extrapolated;
  const seconds = loSeconds + ((block - loBlock) * (hiSeconds - loSeconds)) / (hiBlock - loBlock);
  return { seconds: Math.round(seconds), estimated: true };
}

/** "ends in ~3 h", "ended ~2 days ago", "starts in 1 day": relative to the pinned block; "~" marks estimates. */
export function relativeClock(value: bigint, now: ClockNow, future: string, past: string): string {
  const { seconds, estimated } = clockToTime(value, now);
  const delta = seconds - now.timestamp;
  // An estimate gets one unit ("~130 days", not "~130 days 1 h"): its second unit would be false precision.
  const exact = humanSeconds(Math.abs(delta));
  const span = estimated ? `~${exact.split(" ").slice(0, 2).join(" ")}` : exact;
  return delta > 0 ? `${future} in ${span}` : `${past} ${span} ago`;
}
