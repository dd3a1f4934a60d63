import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { proposalKeys } from "./keys";
import { listKeyParams, proposalsQueryOptions } from "./proposals";
import type { ProposalsData } from "./read-proposals";

/** The newest proposal list this browser holds for the DAO (restored from a past visit), whatever block it was read at. */
function latestKnown(client: QueryClient, chainId: number, governor: Address): ProposalsData | undefined {
  return client
    .getQueriesData<ProposalsData>({ queryKey: proposalKeys.listsOfDao(chainId, governor) })
    .flatMap(([, data]) => (data ? [data] : []))
    .sort((a, b) => (b.blockNumber > a.blockNumber ? 1 : b.blockNumber < a.blockNumber ? -1 : 0))[0];
}

/** The DAO's proposals at the block its synced events cover; the last ones read on this device while the chain is unreachable. */
export function useProposals(
  dao: DaoIdentity,
  logs: { events: DaoEvent[]; syncedTo: number | null } | undefined,
) {
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
  // While the chain is unreachable, show the last list read on this device; the page labels it as cached.
  const fallback = query.data === undefined ? latestKnown(client, dao.chainId, dao.governor) : undefined;
  return {
    data: query.data ?? fallback,
    cached: fallback !== undefined,
    error: query.data || fallback ? null : query.error,
    refetch: query.refetch,
  };
}
