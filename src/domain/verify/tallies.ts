/** Votes by support, in the governor's `proposalVotes` order. */
export type Tally = { against: bigint; for: bigint; abstain: bigint };

/** The part of a VoteCast / VoteCastWithParams log a tally needs. */
export type VoteLike = { proposalId: bigint; support: number; weight: bigint };

export type TallyCheck = {
  proposalId: bigint;
  computed: Tally;
  onchain: Tally | null;
  status: "ok" | "mismatch" | "unavailable";
};

const zero = (): Tally => ({ against: 0n, for: 0n, abstain: 0n });
const KEYS = ["against", "for", "abstain"] as const;

/** Sums vote weights by support per proposal (support 0 against, 1 for, 2 abstain; others ignored). */
export function tallyFromVotes(votes: readonly VoteLike[]): Map<bigint, Tally> {
  const out = new Map<bigint, Tally>();
  for (const v of votes) {
    const key = KEYS[v.support];
    if (!key) continue;
    const t = out.get(v.proposalId) ?? zero();
    t[key] += v.weight;
    out.set(v.proposalId, t);
  }
  return out;
}

/** Compares the tally recomputed from logs with what the governor reports, per proposal. */
export function checkTallies(
  ids: readonly bigint[],
  votes: readonly VoteLike[],
  onchain: ReadonlyMap<bigint, Tally | null>,
): TallyCheck[] {
  const computed = tallyFromVotes(votes);
  return ids.map((proposalId) => {
    const c = computed.get(proposalId) ?? zero();
    const o = onchain.get(proposalId) ?? null;
    if (!o) return { proposalId, computed: c, onchain: null, status: "unavailable" };
    const same = KEYS.every((k) => c[k] === o[k]);
    return { proposalId, computed: c, onchain: o, status: same ? "ok" : "mismatch" };
  });
}
