import type { Hex } from "viem";
import { voteParts } from "@/domain/votes/fractional";

/** Votes by support, in the governor's `proposalVotes` order. */
export type Tally = { against: bigint; for: bigint; abstain: bigint };

/** The part of a VoteCast / VoteCastWithParams log a tally needs (`params` from VoteCastWithParams). */
export type VoteLike = { proposalId: bigint; support: number; weight: bigint; params?: Hex };

/** "uncounted": some vote logs are of a kind this app cannot split by support (an unknown counting module), so
 * a difference from the governor's tally says nothing about the logs; it is reported, not alarmed. */
export type TallyCheck = {
  proposalId: bigint;
  computed: Tally;
  onchain: Tally | null;
  status: "ok" | "mismatch" | "unavailable" | "uncounted";
};

const zero = (): Tally => ({ against: 0n, for: 0n, abstain: 0n });
const KEYS = ["against", "for", "abstain"] as const;

/** Per proposal: the tally recomputed from its votes (nominal ones, and fractional splits decoded from their
 * params, each vote adding to what the voter cast before), and how many votes could not be counted. */
export function tallyFromVotes(votes: readonly VoteLike[]): Map<bigint, Tally & { uncounted: number }> {
  const out = new Map<bigint, Tally & { uncounted: number }>();
  for (const v of votes) {
    const t = out.get(v.proposalId) ?? { ...zero(), uncounted: 0 };
    const parts = voteParts(v);
    if (parts === null) t.uncounted++;
    else for (const part of parts) t[part.support] += part.weight;
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
    const { uncounted, ...c } = computed.get(proposalId) ?? { ...zero(), uncounted: 0 };
    const o = onchain.get(proposalId) ?? null;
    if (!o) return { proposalId, computed: c, onchain: null, status: "unavailable" };
    const same = KEYS.every((k) => c[k] === o[k]);
    const status = same ? "ok" : uncounted > 0 ? "uncounted" : "mismatch";
    return { proposalId, computed: c, onchain: o, status };
  });
}
