import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { proposalsFromLogs } from "./assemble-data";
import { proposalKeys } from "./keys";
import { listSnapshotQueryOptions } from "./list-snapshot";
import { listKeyParams, proposalsQueryOptions } from "./proposals";
import type { ProposalsData } from "./read-proposals";

/** The newest proposal list this browser holds for the DAO (restored from a past visit), whatever block it was read at. */
function latestKnown(client: QueryClient, chainId: number, governor: Address): ProposalsData | undefined {
  return client
    .getQueriesData<ProposalsData>({ queryKey: proposalKeys.listsOfDao(chainId, governor) })
    .flatMap(([, data]) => (data ? [data] : []))
    .sort((a, b) => (b.blockNumber > a.blockNumber ? 1 : b.blockNumber < a.blockNumber ? -1 : 0))[0];
}

type Logs = { events: DaoEvent[]; syncedTo: number | null };

/**
 * The DAO's proposals at the block its synced events cover. Until that read answers, the list as the logs
 * alone give it (no network): from `cachedCopy`, this browser's copy of the history, while the sync runs or
 * the chain does not answer, then from the synced logs while the pinned read confirms them. `fromLogs` says
 * which block such a list covers; with no logs at all, the last list read on this device (`cached`).
 */
export function useProposals(dao: DaoIdentity, logs: Logs | undefined, cachedCopy?: Logs) {
  const client = useQueryClient();
  const events = logs?.events;
  const syncedTo = logs?.syncedTo ?? null;
  const params = useMemo(
    () => (events && syncedTo !== null ? listKeyParams(dao, { events, syncedTo }) : null),
    [dao, events, syncedTo],
  );
  const query = useQuery({
    ...proposalsQueryOptions(params, events ?? []),
    placeholderData: (previous) => previous,
  });
  const source = logs ?? cachedCopy;
  // The targets the last confirmed list probed (one local read, shared with the snapshot paint): without them
  // a grant in an ERC-20 or a charter ratification would show as "Other" until the read answers.
  const snapshot = useQuery(listSnapshotQueryOptions({ chainId: dao.chainId, governor: dao.governor }));
  const probed = snapshot.data?.probes;
  const derived = useMemo(() => {
    if (!source || source.syncedTo === null) return undefined;
    const logged = { events: source.events, syncedTo: source.syncedTo };
    return proposalsFromLogs(listKeyParams(dao, logged), source.events, probed);
  }, [dao, source, probed]);
  const fromLogs = query.data === undefined ? derived : undefined;
  // While the chain is unreachable and no logs are here, show the last list read on this device (labelled).
  const fallback =
    query.data === undefined && !fromLogs ? latestKnown(client, dao.chainId, dao.governor) : undefined;
  return {
    data: query.data ?? fromLogs ?? fallback,
    cached: fallback !== undefined,
    /** The block a list taken from logs alone (not yet confirmed by a read) covers. */
    fromLogsAt: fromLogs ? fromLogs.blockNumber : null,
    // A failed read is said even over a list from logs (which stays: it is labelled with its block).
    error: query.data || fallback ? null : query.error,
    refetch: query.refetch,
  };
}
