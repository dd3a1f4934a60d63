import type { DaoIdentity } from "@/domain/dao/identity";
import { usePinnedGovernor } from "@/features/proposals/api/pinned-reads";
import { type CachedCopyWhen, type DaoScope, useDaoLogs } from "@/features/sync/api/dao-logs";
import { useDaoVerification } from "@/features/sync/api/dao-verification";
import { usePrefetchAllStreams } from "@/features/sync/api/prefetch-streams";
import { daoContractsOf } from "./dao-contracts";

/** A DAO's synced history and its verification, as every history-based page needs them. `synced` is the
 * history once this visit's sync is done: reads pinned to a block (proposal states, tallies, verification)
 * wait for it instead of reading everything twice, once at the cached block and again at the head.
 * `cachedCopy` is this browser's copy of the history while that sync runs (or the chain does not answer): a
 * page may paint from it at once, with no read, saying which block it covers. The visit's one pinned
 * governor read (what the logs leave open) is shared by the verification and the proposal list. `scope`
 * "core" (the proposal list and a proposal's page) syncs the DAO's own contracts only; the treasury-transfer
 * streams follow once its verification is in (if this browser has none yet), so they never delay the list.
 * `copyWhen` says when that copy is read (see CachedCopyWhen: a page that paints from a list snapshot of its
 * own reads it only if the sync is slow or fails; null while the page does not know yet). */
export function useDaoHistory(
  dao: DaoIdentity,
  scope: DaoScope = "all",
  copyWhen: CachedCopyWhen | null = "now",
) {
  const contracts = daoContractsOf(dao);
  const logs = useDaoLogs(contracts, scope, copyWhen);
  const synced = contracts && !logs.fromCache ? logs.data : undefined;
  const cachedCopy = contracts && logs.fromCache ? logs.data : undefined;
  const pinned = usePinnedGovernor(dao, synced);
  const verification = useDaoVerification(synced, pinned.data);
  usePrefetchAllStreams(contracts, scope === "core" && verification !== null);
  return { logs, synced, cachedCopy, verification };
}
