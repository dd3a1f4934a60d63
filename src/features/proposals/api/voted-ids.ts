import { useMemo } from "react";
import type { Address } from "viem";
import type { ProposalHistory } from "./proposal-history";

/** The proposals an account has voted on, from the synced VoteCast logs; null when no account is connected. */
export function useVotedIds(
  histories: ReadonlyMap<bigint, ProposalHistory> | undefined,
  account: Address | undefined,
): ReadonlySet<bigint> | null {
  return useMemo(() => {
    if (!account) return null;
    const who = account.toLowerCase();
    const ids = new Set<bigint>();
    for (const [id, h] of histories ?? [])
      if (h.votes.some((v) => v.voter.toLowerCase() === who)) ids.add(id);
    return ids;
  }, [histories, account]);
}
