import type { CountingMode } from "@/domain/dao/quorum";

/** Votes cast on one proposal, as returned by `proposalVotes(id)` (Against, For, Abstain order on chain). */
export type Tally = { against: bigint; for: bigint; abstain: bigint };

/** Share of each support in basis points of all votes cast (0 when nobody voted). */
export function tallyShares(t: Tally): Tally {
  const total = t.against + t.for + t.abstain;
  if (total === 0n) return { against: 0n, for: 0n, abstain: 0n };
  return {
    against: (t.against * 10_000n) / total,
    for: (t.for * 10_000n) / total,
    abstain: (t.abstain * 10_000n) / total,
  };
}

const SUPPORTS = ["for", "against", "abstain"] as const;

/** Votes that count toward quorum under the governor's counting mode; an unknown mode counts For only. */
export function quorumVotes(t: Tally, mode: CountingMode | null): bigint {
  const counted = SUPPORTS.filter((s) => mode?.quorum.includes(s));
  return (counted.length > 0 ? counted : ["for" as const]).reduce((sum, kind) => sum + t[kind], 0n);
}

/** Quorum progress in basis points, capped at 10,000; a zero quorum counts as reached. */
export function quorumProgress(t: Tally, mode: CountingMode | null, quorum: bigint): bigint {
  if (quorum === 0n) return 10_000n;
  const bps = (quorumVotes(t, mode) * 10_000n) / quorum;
  return bps > 10_000n ? 10_000n : bps;
}

/** Whether the vote succeeds on votes alone under GovernorCountingSimple: more For than Against. */
export function voteSucceeded(t: Tally): boolean {
  return t.for > t.against;
}
