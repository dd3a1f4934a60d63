import { useQuery } from "@tanstack/react-query";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { proposalsQueryOptions } from "./proposals";

/** The DAO's proposals at the block its synced events cover; idle until events arrive. */
export function useProposals(
  dao: DaoIdentity,
  logs: { events: DaoEvent[]; syncedTo: number | null } | undefined,
) {
  const syncedTo = logs?.syncedTo ?? 0;
  return useQuery({
    ...proposalsQueryOptions(
      { chainId: dao.chainId, governor: dao.governor, syncedTo },
      dao,
      logs?.events ?? [],
    ),
    enabled: logs !== undefined && logs.syncedTo !== null,
    placeholderData: (previous) => previous,
  });
}
