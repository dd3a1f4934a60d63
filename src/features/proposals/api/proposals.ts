import { queryOptions, skipToken } from "@tanstack/react-query";
import { getPublicClient } from "@/chain/client";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { eventsKey } from "@/domain/proposals/events-key";
import { type ListKeyParams, proposalKeys } from "./keys";
import { pinnedKeyParams } from "./pinned-reads";
import { readProposalsData } from "./read-proposals";

/** Every input of the list read, from the DAO's identity and the synced events (identified, not copied). */
export function listKeyParams(
  dao: DaoIdentity,
  logs: { events: readonly DaoEvent[]; syncedTo: number },
): ListKeyParams {
  const t = dao.token;
  return {
    chainId: dao.chainId,
    governor: dao.governor,
    syncedTo: logs.syncedTo,
    events: eventsKey(logs.events),
    timelock: dao.timelock,
    treasury: dao.treasury.address,
    token: t ? { address: t.address, symbol: t.symbol, decimals: t.decimals } : null,
    clock: dao.clock.kind,
    blockSeconds: dao.blockSeconds,
    pinned: pinnedKeyParams(dao, logs),
  };
}

/**
 * Reads and assembles a DAO's proposals at the block the sync covers. The key holds every input; the events
 * themselves are too large for it, so it holds what identifies them and `events` must be the ones it names.
 */
export function proposalsQueryOptions(p: ListKeyParams | null, events: readonly DaoEvent[]) {
  return queryOptions({
    queryKey: proposalKeys.list(p),
    queryFn:
      p === null
        ? skipToken
        : ({ queryKey: [, , params], client }) => {
            if (params === null) throw new Error("The proposal list was read before the sync finished.");
            return readProposalsData(getPublicClient(params.chainId), client, params, events);
          },
    staleTime: 15_000,
  });
}
