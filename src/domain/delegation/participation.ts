import type { ClockMode } from "@/domain/dao/clock";
import { type PowerPoint, votesAtClock } from "./power-history";
import type { CastVote, ProposalRef } from "./votes";

/** "Voted in `voted` of the last `eligible` proposals it could vote on". */
export type Participation = { voted: number; eligible: number };

/**
 * Participation over the last `lastN` proposals this delegate could vote on: voting had opened by `nowClock`
 * (snapshot < now, as the governor's state() counts it) and the delegate had power at the snapshot. A
 * proposal where it had none does not count against it. `proposals` in any order.
 */
export function participation(
  points: readonly PowerPoint[] | undefined,
  mine: ReadonlyMap<bigint, CastVote> | undefined,
  proposals: readonly ProposalRef[],
  clock: ClockMode,
  nowClock: bigint,
  lastN = 10,
): Participation {
  const eligible = proposals
    .filter((p) => p.snapshot < nowClock && votesAtClock(points, clock, p.snapshot) > 0n)
    .sort((a, b) =>
      a.snapshot === b.snapshot ? b.blockNumber - a.blockNumber : a.snapshot > b.snapshot ? -1 : 1,
    )
    .slice(0, lastN);
  return { voted: eligible.filter((p) => mine?.has(p.id)).length, eligible: eligible.length };
}

/** The delegate's latest vote (highest block), or null. */
export function lastVote(mine: ReadonlyMap<bigint, CastVote> | undefined): CastVote | null {
  let last: CastVote | null = null;
  for (const v of mine?.values() ?? []) if (!last || v.blockNumber > last.blockNumber) last = v;
  return last;
}
