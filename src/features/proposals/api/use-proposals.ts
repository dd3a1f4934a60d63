import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { type ProposalsData, proposalsQueryOptions } from "./proposals";

/** The newest proposal list this browser holds for the DAO (restored from a past visit), whatever block it was read at. */
function latestKnown(client: QueryClient, chainId: number, governor: string): ProposalsData | undefined {
  return client
    .getQueriesData<ProposalsData>({ queryKey: ["proposals", "list"] })
    .filter(([key, data]) => {
      const p = key[2] as { chainId?: number; governor?: string } | undefined;
      return data && p?.chainId === chainId && p.governor?.toLowerCase() === governor.toLowerCase();
    })
    .map(([, data]) => data)
    .sort((a, b) => Number((b?.blockNumber ?? 0n) - (a?.blockNumber ?? 0n)))[0];
}

/** The DAO's proposals at the block its synced events cover; the last ones read on this device while the chain is unreachable. */
export function useProposals(
  dao: DaoIdentity,
  logs: { events: DaoEvent[]; syncedTo: number | null } | undefined,
) {
  const client = useQueryClient();
  const syncedTo = logs?.syncedTo ?? 0;
  const query = useQuery({
    ...proposalsQueryOptions(
      { chainId: dao.chainId, governor: dao.governor, syncedTo },
      dao,
      logs?.events ?? [],
    ),
    enabled: logs !== undefined && logs.syncedTo !== null,
    placeholderData: (previous) => previous,
  });
  // While the chain is unreachable, show the last list read on this device; the page labels it as cached.
  const fallback = query.data === undefined ? latestKnown(client, dao.chainId, dao.governor) : undefined;
  return {
    data: query.data ?? fallback,
    cached: fallback !== undefined,
    error: query.data || fallback ? null : query.error,
    refetch: query.refetch,
  };
}
