import { useMemo } from "react";
import { concentrationOf, needsMyVote, recentParticipation } from "@/domain/analytics/overview";
import { tokenChanges } from "@/domain/analytics/token-replay";
import type { DaoIdentity } from "@/domain/dao/identity";
import { castVotes } from "@/domain/delegation/from-events";
import { useCharterModel } from "@/features/charter/api/use-charter-model";
import type { OverviewFigures } from "@/features/dao/components/overview-summary";
import { useConnectedAccount } from "@/features/proposals/api/connected-account";
import { useProposals } from "@/features/proposals/api/use-proposals";
import type { DaoLogs } from "@/features/sync/api/dao-logs";
import { useCharterHistory } from "./use-charter-history";

/** The overview's summary figures, each from the same logs and reads its own page uses (at the synced head). */
export function useOverviewFigures(dao: DaoIdentity, synced: DaoLogs | undefined): OverviewFigures {
  const proposals = useProposals(dao, synced);
  const account = useConnectedAccount().address;
  const charter = useCharterHistory(dao, synced);
  const data = proposals.data;
  const states = useMemo(
    () => (data ? new Map(data.proposals.map((p) => [p.id, p.state])) : undefined),
    [data],
  );
  const head = charter.logs.data?.syncedTo ?? null;
  const model = useCharterModel(
    synced && charter.logs.data && head !== null
      ? {
          governor: dao.governor,
          coreEvents: synced.events,
          charterEvents: charter.logs.data.events,
          states,
          adopted: charter.adopted,
          atBlock: head,
          atHead: true,
        }
      : null,
  )?.model;
  const events = synced?.events;
  const token = dao.token?.address ?? null;
  const changes = useMemo(() => (events && token ? tokenChanges(events, token) : null), [events, token]);
  const summary = useMemo(() => {
    if (!data || !events) return null;
    const list = data.proposals.map((p) => ({ ...p, title: p.description.title }));
    const active = list.filter((p) => p.state === "Active");
    let needsVote = null;
    if (account && changes) {
      const who = account.toLowerCase();
      const voted = new Set(
        castVotes(events, dao.governor).flatMap((v) => (v.voter === who ? [v.proposalId] : [])),
      );
      // Logs from older nodes carry no block time: date them back from the pinned block.
      const timeOf = (at: { blockNumber: number }) =>
        data.now.timestamp - (Number(data.blockNumber) - at.blockNumber) * dao.blockSeconds;
      needsVote = needsMyVote(active, changes, who, voted, dao.clock, timeOf);
    }
    return { active, needsVote, participation: recentParticipation(list, dao.countingMode) };
  }, [data, events, account, changes, dao.governor, dao.clock, dao.blockSeconds, dao.countingMode]);
  const concentration = useMemo(
    () => (changes ? concentrationOf(changes, dao.quorumVotes) : null),
    [changes, dao.quorumVotes],
  );
  return {
    block: synced?.syncedTo ?? null,
    proposals: summary && { active: summary.active, needsVote: summary.needsVote },
    participation: summary?.participation ?? null,
    concentration,
    charter: model
      ? { charters: model.charters.length, active: model.active.length, retired: model.retired.length }
      : null,
    failed: { proposals: proposals.error !== null, charter: charter.logs.error !== null },
  };
}
