import type { ClockMode } from "@/domain/dao/clock";
import type { CountingMode } from "@/domain/dao/quorum";
import { powerHistories, votesAtClock } from "@/domain/delegation/power-history";
import type { ProposalState } from "@/domain/proposals/state";
import { quorumVotes, type Tally } from "@/domain/votes/tally";
import { nakamoto, nakamotoMajority } from "./concentration";
import { medianOf, rankByVotes } from "./distribution";
import { type ChangePoint, type TokenChange, tokenStateAt } from "./token-replay";

/** A proposal as the overview needs it (a slice of the proposals page's model). */
export type OverviewProposal = {
  id: bigint;
  title: string;
  state: ProposalState;
  /** The snapshot timepoint, in the governor's clock (blocks or seconds). */
  voteStart: bigint;
  tally: Tally;
  quorum: bigint | null;
};

/** An open proposal the account could vote on: its power at the snapshot, as getPastVotes counts it. */
export type NeedsVote = { id: bigint; title: string; power: bigint };

/** Open proposals where `account` had power at the snapshot and has not voted (its votes: `voted`). */
export function needsMyVote(
  open: readonly OverviewProposal[],
  changes: readonly TokenChange[],
  account: string,
  voted: ReadonlySet<bigint>,
  clock: ClockMode,
  timeOf: (at: ChangePoint) => number,
): NeedsVote[] {
  const who = account.toLowerCase();
  const mine = changes.filter((c) => c.kind === "votes" && c.delegate.toLowerCase() === who);
  const points = powerHistories(mine, timeOf).get(who);
  return open.flatMap((p) => {
    if (voted.has(p.id)) return [];
    const power = votesAtClock(points, clock, p.voteStart);
    return power > 0n ? [{ id: p.id, title: p.title, power }] : [];
  });
}

/** Turnout of the last proposals whose voting has started: median votes cast against median quorum. */
export type RecentParticipation = {
  /** How many proposals the medians are over (the last `n` that had a snapshot and a quorum). */
  sample: number;
  medianTurnout: bigint | null;
  medianQuorum: bigint | null;
  /** How many of them counted enough votes for quorum (the governor's counting rule). */
  reachedQuorum: number;
};

const NOT_VOTED_ON: ReadonlySet<ProposalState> = new Set(["Pending", "Canceled"]);

/** Median turnout (For + Against + Abstain) vs median quorum over the last `n` proposals that were voted on. */
export function recentParticipation(
  proposals: readonly OverviewProposal[],
  mode: CountingMode | null,
  n = 10,
): RecentParticipation {
  const started = proposals.filter((p) => p.quorum !== null && !NOT_VOTED_ON.has(p.state)).slice(-n);
  const quorums = started.flatMap((p) => (p.quorum === null ? [] : [p.quorum]));
  return {
    sample: started.length,
    medianTurnout: medianOf(started.map((p) => p.tally.for + p.tally.against + p.tally.abstain)),
    medianQuorum: medianOf(quorums),
    reachedQuorum: started.filter((p) => p.quorum !== null && quorumVotes(p.tally, mode) >= p.quorum).length,
  };
}

/** How concentrated voting power is: fewest delegates to reach quorum, and to hold a majority. */
export type Concentration = { delegates: number; toQuorum: number | null; toMajority: number | null };

/** Nakamoto coefficients from the token's replayed votes (`quorum` null: unknown, no count to quorum). */
export function concentrationOf(changes: readonly TokenChange[], quorum: bigint | null): Concentration {
  const power = rankByVotes(tokenStateAt(changes).votes).map((r) => r.votes);
  return {
    delegates: power.length,
    toQuorum: quorum === null ? null : nakamoto(power, quorum),
    toMajority: nakamotoMajority(power),
  };
}
