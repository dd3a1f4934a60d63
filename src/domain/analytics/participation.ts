/** Participation: turnout per proposal against quorum and delegated power, unique voters per month, and the
 * most powerful delegates who vote least. Pure; amounts stay bigint. */
import { ratio } from "./concentration";

/** A proposal as participation needs it: its snapshot, quorum, and when it was created. */
export type ParticipationProposal = {
  id: bigint;
  createdBlock: number;
  createdAt?: number;
  /** Delegated supply at the snapshot (the power that could vote); null when it cannot be known. */
  delegatedAtSnapshot: bigint | null;
  quorum: bigint | null;
};

/** One logged vote. */
export type CastVote = { proposalId: bigint; voter: string; weight: bigint; timestamp?: number };

/** Turnout of one proposal: votes cast, against quorum and against the power that could vote. */
export type Turnout = ParticipationProposal & {
  votes: bigint;
  voters: number;
  /** votes / delegated supply at the snapshot (0..1); null when that supply is unknown or 0. */
  shareOfDelegated: number | null;
  reachedQuorum: boolean | null;
};

/** Turnout per proposal, in the order given (chain order). */
export function turnouts(proposals: readonly ParticipationProposal[], votes: readonly CastVote[]): Turnout[] {
  const sums = new Map<bigint, { votes: bigint; voters: number }>();
  for (const v of votes) {
    const s = sums.get(v.proposalId) ?? { votes: 0n, voters: 0 };
    s.votes += v.weight;
    s.voters++;
    sums.set(v.proposalId, s);
  }
  return proposals.map((p) => {
    const s = sums.get(p.id) ?? { votes: 0n, voters: 0 };
    const d = p.delegatedAtSnapshot;
    return {
      ...p,
      ...s,
      shareOfDelegated: d === null || d === 0n ? null : ratio(s.votes, d),
      reachedQuorum: p.quorum === null ? null : s.votes >= p.quorum,
    };
  });
}

/** A calendar month (UTC) and how many distinct addresses voted in it. */
export type MonthVoters = { month: string; start: number; voters: number; votes: number };

const monthOf = (seconds: number) => {
  const d = new Date(seconds * 1000);
  return { key: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`, d };
};

/** Distinct voters per UTC month, months without votes in between included; votes without a time are left
 * out (the caller says how many). */
export function votersByMonth(votes: readonly CastVote[]): MonthVoters[] {
  const months = new Map<string, { start: number; voters: Set<string>; votes: number }>();
  for (const v of votes) {
    if (v.timestamp === undefined) continue;
    const { key, d } = monthOf(v.timestamp);
    let m = months.get(key);
    if (!m) {
      m = { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000, voters: new Set(), votes: 0 };
      months.set(key, m);
    }
    m.voters.add(v.voter.toLowerCase());
    m.votes++;
  }
  const sorted = [...months].sort((a, b) => a[1].start - b[1].start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: MonthVoters[] = [];
  const d = new Date(first[1].start * 1000);
  while (d.getTime() / 1000 <= last[1].start) {
    const { key } = monthOf(d.getTime() / 1000);
    const m = months.get(key);
    out.push({ month: key, start: d.getTime() / 1000, voters: m?.voters.size ?? 0, votes: m?.votes ?? 0 });
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** A delegate's voting record: proposals it could vote on (it held power before their snapshot) and voted on. */
export type VotingRecord = { address: string; votes: bigint; eligible: number; voted: number; rate: number };

/**
 * Among the `top` most powerful delegates, those who vote least: each one's share of the proposals it could
 * have voted on (created after it first held power), lowest first, then by power. `firstPower` maps a
 * delegate to the block it first held votes.
 */
export function quietDelegates(
  ranked: readonly { address: string; votes: bigint }[],
  firstPower: ReadonlyMap<string, number>,
  proposals: readonly { id: bigint; createdBlock: number }[],
  votes: readonly CastVote[],
  top = 10,
): VotingRecord[] {
  const votedBy = new Map<string, Set<bigint>>();
  for (const v of votes) {
    const who = v.voter.toLowerCase();
    const set = votedBy.get(who) ?? new Set<bigint>();
    set.add(v.proposalId);
    votedBy.set(who, set);
  }
  return ranked
    .slice(0, top)
    .map((d) => {
      const who = d.address.toLowerCase();
      const since = firstPower.get(who) ?? Number.POSITIVE_INFINITY;
      const eligible = proposals.filter((p) => p.createdBlock >= since);
      const mine = votedBy.get(who);
      const voted = eligible.filter((p) => mine?.has(p.id)).length;
      return { ...d, eligible: eligible.length, voted, rate: eligible.length ? voted / eligible.length : 1 };
    })
    .filter((r) => r.eligible > 0)
    .sort((a, b) => a.rate - b.rate || (a.votes === b.votes ? 0 : a.votes > b.votes ? -1 : 1));
}
