import type { ChangePoint, TokenChange } from "@/domain/analytics/token-replay";
import type { ClockMode } from "@/domain/dao/clock";

/** A delegate's voting power after the last DelegateVotesChanged in `blockNumber` (time in unix seconds). */
export type PowerPoint = { blockNumber: number; timestamp: number; votes: bigint };

/** Each delegate's power checkpoints (lower-cased keys) in chain order; a block with several changes keeps its
 * last, as the token's checkpoints do. `timeOf` dates a change whose log carried no block time. */
export function powerHistories(
  changes: readonly TokenChange[],
  timeOf: (at: ChangePoint) => number,
  atBlock: number | null = null,
): Map<string, PowerPoint[]> {
  const out = new Map<string, PowerPoint[]>();
  for (const c of changes) {
    if (atBlock !== null && c.at.blockNumber > atBlock) break;
    if (c.kind !== "votes") continue;
    const key = c.delegate.toLowerCase();
    let points = out.get(key);
    if (!points) {
      points = [];
      out.set(key, points);
    }
    const point = {
      blockNumber: c.at.blockNumber,
      timestamp: c.at.timestamp ?? timeOf(c.at),
      votes: c.newVotes,
    };
    const last = points[points.length - 1];
    if (last?.blockNumber === point.blockNumber) points[points.length - 1] = point;
    else points.push(point);
  }
  return out;
}

/** Index of the last point whose `key` is <= value, or -1 (binary search). */
function lastAtOrBefore(
  points: readonly PowerPoint[],
  key: (p: PowerPoint) => number,
  value: number,
): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = points[mid];
    if (p && key(p) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Power at a block (inclusive); 0 before the first checkpoint. */
export function votesAtBlock(points: readonly PowerPoint[] | undefined, block: number): bigint {
  if (!points) return 0n;
  return points[lastAtOrBefore(points, (p) => p.blockNumber, block)]?.votes ?? 0n;
}

/** Power at a unix time (inclusive); 0 before the first checkpoint. */
export function votesAtTime(points: readonly PowerPoint[] | undefined, seconds: number): bigint {
  if (!points) return 0n;
  return points[lastAtOrBefore(points, (p) => p.timestamp, seconds)]?.votes ?? 0n;
}

/** Power at a governor timepoint, as `getPastVotes(account, timepoint)` counts it in the DAO's clock. */
export function votesAtClock(
  points: readonly PowerPoint[] | undefined,
  clock: ClockMode,
  value: bigint,
): bigint {
  const v = Number(value);
  return clock.kind === "timestamp" ? votesAtTime(points, v) : votesAtBlock(points, v);
}

export const DAY_SECONDS = 86_400;

/** Change in power over the `days` before `nowSeconds` (dates, whatever the DAO's clock): now − then. */
export function powerChange(
  points: readonly PowerPoint[] | undefined,
  nowSeconds: number,
  days = 30,
): bigint {
  return votesAtTime(points, nowSeconds) - votesAtTime(points, nowSeconds - days * DAY_SECONDS);
}
