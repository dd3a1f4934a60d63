import { nakamoto, nakamotoMajority } from "@/domain/analytics/concentration";
import { type ChangePoint, type TokenChange, tokenStateAt } from "@/domain/analytics/token-replay";
import type { ClockMode } from "@/domain/dao/clock";
import { delegatorsByDelegate, idleSupply } from "./delegators";
import { lastVote, type Participation, participation } from "./participation";
import { type PowerPoint, powerChange, powerHistories } from "./power-history";
import type { CastVote, ProposalRef } from "./votes";
import { votesByVoter } from "./votes";

/** One leaderboard row (lower-cased address). `rank` is shared by equal votes (1, 2, 2, 4). */
export type DelegateRow = {
  address: string;
  rank: number;
  votes: bigint;
  delegators: number;
  participation: Participation;
  lastVote: CastVote | null;
  /** Power now minus power 30 days before the pinned block's time. */
  change30d: bigint;
};

/** The leaderboard and the supply figures above it, all at one block. */
export type Leaderboard = {
  blockNumber: number;
  rows: DelegateRow[];
  totalSupply: bigint;
  delegatedSupply: bigint;
  /** Held by accounts that never chose a delegate: it cannot vote. */
  idleSupply: bigint;
  /** Fewest delegates whose power reaches the quorum (null: all of them together do not). */
  forQuorum: number | null;
  /** Fewest delegates holding more than half of the delegated power. */
  forMajority: number | null;
  histories: Map<string, PowerPoint[]>;
};

/** What the leaderboard is computed from. */
export type LeaderboardInput = {
  changes: readonly TokenChange[];
  atBlock: number;
  proposals: readonly ProposalRef[];
  votes: readonly CastVote[];
  clock: ClockMode;
  /** The governor's clock at the pinned block, and that block's time. */
  nowClock: bigint;
  nowSeconds: number;
  quorum: bigint | null;
  timeOf: (at: ChangePoint) => number;
};

/** Ranks by votes, highest first; equal votes share a rank and sort by address. */
export function rankByVotes<T extends { address: string; votes: bigint }>(
  rows: T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) =>
    a.votes === b.votes ? (a.address < b.address ? -1 : 1) : a.votes > b.votes ? -1 : 1,
  );
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || sorted[i - 1]?.votes !== r.votes) rank = i + 1;
    return { ...r, rank };
  });
}

/** Every address with voting power or delegators at `atBlock`, with its stats (one replay, one pass). */
export function buildLeaderboard(input: LeaderboardInput): Leaderboard {
  const { changes, atBlock } = input;
  const state = tokenStateAt(changes, atBlock);
  const delegators = delegatorsByDelegate(changes, atBlock);
  const histories = powerHistories(changes, input.timeOf, atBlock);
  const proposals = input.proposals.filter((p) => p.blockNumber <= atBlock);
  const byVoter = votesByVoter(input.votes.filter((v) => v.blockNumber <= atBlock));
  const addresses = new Set([...state.votes.keys(), ...delegators.keys()]);
  const rows = rankByVotes(
    [...addresses].map((address) => {
      const points = histories.get(address);
      const mine = byVoter.get(address);
      return {
        address,
        votes: state.votes.get(address) ?? 0n,
        delegators: delegators.get(address)?.length ?? 0,
        participation: participation(points, mine, proposals, input.clock, input.nowClock),
        lastVote: lastVote(mine),
        change30d: powerChange(points, input.nowSeconds),
      };
    }),
  );
  const powers = rows.map((r) => r.votes);
  return {
    blockNumber: atBlock,
    rows,
    totalSupply: state.totalSupply,
    delegatedSupply: state.delegatedSupply,
    idleSupply: idleSupply(changes, atBlock),
    forQuorum: input.quorum === null ? null : nakamoto(powers, input.quorum),
    forMajority: nakamotoMajority(powers),
    histories,
  };
}
