import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { DaoContracts } from "@/chain/sync/dao-streams";
import { daoLogsQueryOptions, streamsOf } from "./dao-logs";
import { getSyncStore } from "./sync-engines";

/** Whether this browser's store holds some of each of the DAO's treasury-transfer streams (an earlier visit
 * synced them): the page that needs them then catches up with a warm sync of its own. */
async function treasuryStreamsStored(dao: DaoContracts): Promise<boolean> {
  const store = await getSyncStore();
  const states = await Promise.all(streamsOf(dao, "all").map((s) => store.getStream(s.id)));
  return states.every((st) => st !== undefined && st.covered.length > 0);
}

/** Syncs all of a DAO's streams once `when` holds (a page that needs only the core stream, once its own work
 * is done), so the treasury streams are there when the treasury or overview page opens: once per DAO a tab,
 * and only when this browser has never synced them (after a reload they are stored, and the treasury page's
 * own sync fetches only the blocks since; fetching them on every reload of the list was redundant). */
export function usePrefetchAllStreams(dao: DaoContracts | null, when: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!dao || !when) return;
    const k = `${dao.chainId}:${dao.governor.toLowerCase()}`;
    if (prefetched.has(k)) return;
    prefetched.add(k);
    void treasuryStreamsStored(dao)
      .catch(() => false)
      .then((stored) => (stored ? undefined : client.prefetchQuery(daoLogsQueryOptions(dao, "all"))));
  }, [client, dao, when]);
}
// The DAOs whose treasury streams this tab has fetched (or found stored) after a core-only page: DAOs opened.
const prefetched = new Set<string>();
