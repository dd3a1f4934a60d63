import type { Address } from "viem";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import type { Ranked } from "./distribution";
import {
  type CastVote,
  type MonthVoters,
  quietDelegates,
  type Turnout,
  turnouts,
  type VotingRecord,
  votersByMonth,
} from "./participation";
import { type ClockKind, delegatedAt, firstPowerBlocks } from "./snapshots";
import type { TokenChange } from "./token-replay";

/** The participation section's figures as of one block. */
export type ParticipationAnalytics = {
  turnouts: Turnout[];
  months: MonthVoters[];
  /** Votes the month chart could not place (their logs carry no time). */
  untimedVotes: number;
  quiet: VotingRecord[];
  votes: number;
  /** Proposals left out because their snapshot is still ahead of the block (nobody could vote yet). */
  notStarted: number;
};

/** Inputs: the DAO's events, the governor, the token's changes through the block, quorum per proposal (read
 * at its snapshot), the governor's clock and the block to stand at (null: all synced). */
export type ParticipationInput = {
  events: readonly DaoEvent[];
  governor: Address;
  changes: readonly TokenChange[];
  ranked: readonly Ranked[];
  quorums: ReadonlyMap<bigint, bigint | null>;
  clock: ClockKind;
  /** The governor's clock at the block (block number or seconds). */
  clockNow: number;
  atBlock: number | null;
};

// Lower-cased string comparison: viem's isAddressEqual validates both sides on every call, which on a
// 50,000-event history was most of this module's time.
const governorEvents = (events: readonly DaoEvent[], governor: Address, at: number | null) => {
  const g = governor.toLowerCase();
  return events.filter((e) => (at === null || e.blockNumber <= at) && e.address.toLowerCase() === g);
};

/** Each proposal's id and snapshot (voteStart) as of the block, for reading quorum(voteStart). */
export function proposalSnapshots(events: readonly DaoEvent[], governor: Address, atBlock: number | null) {
  return eventsNamed(governorEvents(events, governor, atBlock), "ProposalCreated").map((e) => ({
    id: e.args.proposalId,
    voteStart: e.args.voteStart,
  }));
}

/** Turnout per proposal, voters per month and the quiet delegates, from the governor's logs. */
export function participationAnalytics(input: ParticipationInput): ParticipationAnalytics {
  const at = input.atBlock;
  const mine = governorEvents(input.events, input.governor, at);
  const all = eventsNamed(mine, "ProposalCreated");
  const created = all.filter((e) => e.args.voteStart <= BigInt(input.clockNow));
  const votes: CastVote[] = [
    ...eventsNamed(mine, "VoteCast"),
    ...eventsNamed(mine, "VoteCastWithParams"),
  ].map((e) => {
    const v: CastVote = { proposalId: e.args.proposalId, voter: e.args.voter, weight: e.args.weight };
    if (e.blockTimestamp !== undefined) v.timestamp = e.blockTimestamp;
    return v;
  });
  const starts = created.map((e) => Number(e.args.voteStart));
  const delegated = delegatedAt(input.changes, starts, input.clock);
  const proposals = created.map((e, i) => ({
    id: e.args.proposalId,
    createdBlock: e.blockNumber,
    delegatedAtSnapshot: delegated[i] ?? null,
    quorum: input.quorums.get(e.args.proposalId) ?? null,
    ...(e.blockTimestamp !== undefined ? { createdAt: e.blockTimestamp } : {}),
  }));
  return {
    turnouts: turnouts(proposals, votes),
    months: votersByMonth(votes),
    untimedVotes: votes.filter((v) => v.timestamp === undefined).length,
    quiet: quietDelegates(input.ranked, firstPowerBlocks(input.changes), proposals, votes),
    votes: votes.length,
    notStarted: all.length - created.length,
  };
}
