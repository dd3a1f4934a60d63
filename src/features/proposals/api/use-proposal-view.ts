import { useMemo } from "react";
import { riskReport } from "@/domain/actions/risk";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { proposalTimeline } from "@/domain/proposals/timeline";
import { delegatePowerAt, topNonVoters } from "@/domain/votes/delegate-power";
import { useProposalClock } from "./proposal-clock";
import { useProposals } from "./use-proposals";

/** Parses a route's proposal id: a decimal uint256, else null. */
export function parseProposalId(raw: string | undefined): bigint | null {
  return raw && /^\d{1,78}$/.test(raw) ? BigInt(raw) : null;
}

/**
 * Everything one proposal's page shows, derived in one place: the proposal at the list's pinned block, its
 * risk report against the treasury's balances read at that block, its timeline, and who has not voted.
 */
export function useProposalView(
  dao: DaoIdentity,
  synced: { events: DaoEvent[]; syncedTo: number | null } | undefined,
  id: bigint | null,
) {
  const proposals = useProposals(dao, synced);
  const data = proposals.data;
  const proposal = id === null ? undefined : data?.proposals.find((p) => p.id === id);
  const history = proposal ? data?.histories.get(proposal.id) : undefined;
  // The list interpolates voting windows; this page reads its own proposal's exact times (≤ 3 headers).
  const clock = useProposalClock(dao, proposal, data?.now);
  const report = useMemo(
    () =>
      proposal && data
        ? riskReport(proposal.decoded, {
            known: data.known,
            votingSupply: dao.token?.totalSupply,
            treasuryBalances: data.treasuryBalances,
          })
        : null,
    [proposal, data, dao.token],
  );
  const atSnapshot = dao.clock.kind === "blocknumber";
  const nonVoters = useMemo(() => {
    if (!proposal || !data || proposal.state !== "Active") return [];
    const power = delegatePowerAt(data.powerChanges, atSnapshot ? proposal.voteStart : null);
    return topNonVoters(
      power,
      (history?.votes ?? []).map((v) => v.voter),
      5,
    );
  }, [proposal, data, history, atSnapshot]);
  const timeline = useMemo(
    () =>
      proposal && data
        ? proposalTimeline(
            proposal,
            { created: { block: proposal.createdBlock, time: null }, ...history?.lifecycle },
            clock ?? data.now,
          )
        : [],
    [proposal, data, history, clock],
  );
  return {
    proposals,
    data,
    proposal,
    votes: history?.votes ?? [],
    report,
    timeline,
    nonVoters,
    atSnapshot,
    /** The block the page's figures come from, when they are a cached copy from an earlier visit. */
    cachedAt: proposals.cached ? (data?.blockNumber ?? null) : null,
    needsQueuing: dao.needsQueuing ?? dao.timelock !== null,
    token: { decimals: dao.token?.decimals ?? 18, symbol: dao.token?.symbol ?? "votes" },
  };
}
