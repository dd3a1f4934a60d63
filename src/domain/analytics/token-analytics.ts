import type { Address } from "viem";
import type { DaoEvent } from "@/domain/events/decode";
import { gini, lorenz, nakamoto, nakamotoMajority, topShare } from "./concentration";
import { type BalanceBucket, balanceBuckets, type Ranked, rankByVotes } from "./distribution";
import { type TokenChange, type TokenState, tokenChanges, tokenStateAt } from "./token-replay";
import { type PowerPoint, powerSeries, type TokenSeriesPoint, tokenSeries } from "./token-series";

/** What the token page computes from the logs, as of one block. */
export type TokenAnalytics = {
  /** The token's changes through the block (for the participation math and the sources' counts). */
  changes: TokenChange[];
  counts: { transfers: number; delegations: number; voteChanges: number };
  state: TokenState;
  series: TokenSeriesPoint[];
  ranked: Ranked[];
  lorenz: { x: number; y: number }[];
  gini: number;
  /** Fewest delegates whose power reaches quorum (null: all of them together do not, or quorum unknown). */
  nakamotoQuorum: number | null;
  /** Fewest delegates with more than half of the delegated power. */
  nakamotoMajority: number | null;
  topTenShare: number;
  topFive: Ranked[];
  topFiveSeries: PowerPoint[];
  buckets: BalanceBucket[];
};

/** Inputs: the DAO's events, its token and treasury, the block to stand at (null: all synced), the token's
 * decimals (0 for ERC721Votes) and the quorum at that block. */
export type TokenAnalyticsInput = {
  events: readonly DaoEvent[];
  token: Address;
  treasury: Address | null;
  atBlock: number | null;
  decimals: number;
  quorum: bigint | null;
};

/** Every token figure of the page, in a few passes over the token's logs. */
export function tokenAnalytics(input: TokenAnalyticsInput): TokenAnalytics {
  const all = tokenChanges(input.events, input.token);
  const at = input.atBlock;
  const changes = at === null ? all : all.filter((c) => c.at.blockNumber <= at);
  const counts = { transfers: 0, delegations: 0, voteChanges: 0 };
  for (const c of changes)
    if (c.kind === "transfer") counts.transfers++;
    else if (c.kind === "delegate") counts.delegations++;
    else counts.voteChanges++;
  const state = tokenStateAt(changes);
  const ranked = rankByVotes(state.votes);
  const power = ranked.map((r) => r.votes);
  const topFive = ranked.slice(0, 5);
  return {
    changes,
    counts,
    state,
    series: tokenSeries(changes, input.treasury),
    ranked,
    lorenz: lorenz(power),
    gini: gini(power),
    nakamotoQuorum: input.quorum === null ? null : nakamoto(power, input.quorum),
    nakamotoMajority: nakamotoMajority(power),
    topTenShare: topShare(power, 10),
    topFive,
    topFiveSeries: powerSeries(
      changes,
      topFive.map((r) => r.address),
    ),
    buckets: balanceBuckets(state.balances.values(), input.decimals),
  };
}
