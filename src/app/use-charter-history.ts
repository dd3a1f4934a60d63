import { skipToken } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { charterCandidates } from "@/domain/charter/actions";
import type { DaoIdentity } from "@/domain/dao/identity";
import { eventsNamed } from "@/domain/events/decode";
import { useAdoptedCharters } from "@/features/charter/api/adopted-charters";
import type { DaoLogs } from "@/features/sync/api/dao-logs";
import { useTargetLogs } from "@/features/sync/api/target-logs";

/**
 * A DAO's charters and their events, found for any DAO: the addresses its proposals call ratify/retire on,
 * plus the charters adopted from this browser, each synced as its own small stream after the core sync.
 */
export function useCharterHistory(dao: DaoIdentity, synced: DaoLogs | undefined) {
  const adopted = useAdoptedCharters(dao.chainId, dao.governor);
  const events = synced?.events;
  const targets = useMemo(() => {
    if (!events) return null;
    const gov = dao.governor.toLowerCase();
    const created = eventsNamed(events, "ProposalCreated").filter((e) => e.address.toLowerCase() === gov);
    const found = new Map<string, Address>();
    for (const a of [...charterCandidates(created.map((e) => e.args)), ...adopted])
      found.set(a.toLowerCase(), a);
    return [...found.values()];
  }, [events, adopted, dao.governor]);
  const after = synced?.syncedTo ?? null;
  const logs = useTargetLogs(
    targets && after !== null ? { chainId: dao.chainId, governor: dao.governor, targets, after } : skipToken,
  );
  return { targets, adopted, logs };
}
