import type { Hex } from "viem";
import type { VotePart } from "@/domain/votes/fractional";
import { SUPPORT_LABELS, type Support } from "@/domain/votes/vote";

/** A proposal as delegation stats need it: its snapshot in the DAO's clock and who created it. */
export type ProposalRef = {
  id: bigint;
  title: string;
  proposer: string;
  snapshot: bigint;
  voteEnd: bigint;
  blockNumber: number;
};

/** One VoteCast or VoteCastWithParams log, lower-cased voter. A fractional (GovernorCountingFractional) vote is
 * "split": `parts` says how its weight went to each side. */
export type CastVote = {
  proposalId: bigint;
  voter: string;
  support: Support | "split";
  weight: bigint;
  /** Set on split votes only: the weight per side, as the governor counted it. */
  parts?: readonly VotePart[];
  reason: string;
  blockNumber: number;
  transactionHash: Hex;
};

/** How a vote reads in a list: "For", "Against", "Abstain" or "Split vote". */
export function castVoteLabel(v: Pick<CastVote, "support">): string {
  return v.support === "split" ? "Split vote" : SUPPORT_LABELS[v.support];
}

/** What a vote adds to each side: its parts when split, else its whole weight on its one side. */
function partsOf(v: CastVote): readonly VotePart[] {
  if (v.support === "split") return v.parts ?? [];
  return [{ support: v.support, weight: v.weight }];
}

/** Votes by voter (lower-cased), then by proposal id; a repeated vote (a fractional voter's second split, or
 * impossible on OZ otherwise) keeps the first, so "voted on it" counts once. */
export function votesByVoter(votes: readonly CastVote[]): Map<string, Map<bigint, CastVote>> {
  const out = new Map<string, Map<bigint, CastVote>>();
  for (const v of votes) {
    const key = v.voter.toLowerCase();
    let mine = out.get(key);
    if (!mine) {
      mine = new Map();
      out.set(key, mine);
    }
    if (!mine.has(v.proposalId)) mine.set(v.proposalId, v);
  }
  return out;
}

/** Each proposal's winning side by weight among all its votes; proposals with a tie at the top are left out. */
export function majorityByProposal(votes: readonly CastVote[]): Map<bigint, Support> {
  const tallies = new Map<bigint, Record<Support, bigint>>();
  for (const v of votes) {
    const t = tallies.get(v.proposalId) ?? { for: 0n, against: 0n, abstain: 0n };
    for (const p of partsOf(v)) t[p.support] += p.weight;
    tallies.set(v.proposalId, t);
  }
  const out = new Map<bigint, Support>();
  for (const [id, t] of tallies) {
    const sorted = (Object.entries(t) as [Support, bigint][]).sort(([, a], [, b]) =>
      a === b ? 0 : a > b ? -1 : 1,
    );
    const [first, second] = sorted;
    if (first && (!second || first[1] > second[1])) out.set(id, first[0]);
  }
  return out;
}

/** How often a delegate's votes sided with each proposal's majority: `agreed` of `of` decided proposals (a
 * split vote took no one side, so it is left out). */
export function withMajority(
  mine: ReadonlyMap<bigint, CastVote> | undefined,
  majority: ReadonlyMap<bigint, Support>,
): { agreed: number; of: number } {
  let agreed = 0;
  let of = 0;
  for (const [id, v] of mine ?? []) {
    const m = majority.get(id);
    if (m === undefined || v.support === "split") continue;
    of++;
    if (m === v.support) agreed++;
  }
  return { agreed, of };
}

/** Two delegates side by side: the proposals both voted on with one side each (split votes are left out) and
 * how often they chose the same side. */
export function agreement(
  a: ReadonlyMap<bigint, CastVote> | undefined,
  b: ReadonlyMap<bigint, CastVote> | undefined,
): { both: number; agreed: number; proposals: { id: bigint; a: Support; b: Support }[] } {
  const proposals: { id: bigint; a: Support; b: Support }[] = [];
  for (const [id, va] of a ?? []) {
    const vb = b?.get(id);
    if (vb && va.support !== "split" && vb.support !== "split")
      proposals.push({ id, a: va.support, b: vb.support });
  }
  return { both: proposals.length, agreed: proposals.filter((p) => p.a === p.b).length, proposals };
}

/** Proposals open for voting at `nowClock` (the governor's clock: a block, or seconds on a timestamp clock), as
 * OZ's state() counts it: snapshot < now ≤ deadline; canceled ones are left out. */
export function openProposals(
  refs: readonly ProposalRef[],
  nowClock: bigint,
  canceled: ReadonlySet<bigint> = new Set(),
): ProposalRef[] {
  return refs.filter((p) => p.snapshot < nowClock && p.voteEnd >= nowClock && !canceled.has(p.id));
}
