import type { DaoIdentity } from "@/domain/dao/identity";
import { useDaoLogs } from "@/features/sync/api/dao-logs";
import { useDaoVerification } from "@/features/sync/api/dao-verification";
import { daoContractsOf } from "./dao-contracts";

const NONE = {
  chainId: 0,
  governor: "0x0000000000000000000000000000000000000000",
  token: "0x0000000000000000000000000000000000000000",
  timelock: null,
} as const;

/** A DAO's synced history and its verification, as every history-based page needs them. `synced` is the
 * history once this visit's sync is done: reads pinned to a block (proposal states, tallies, verification)
 * wait for it instead of reading everything twice, once at the cached block and again at the head. */
export function useDaoHistory(dao: DaoIdentity) {
  const contracts = daoContractsOf(dao);
  const logs = useDaoLogs(contracts);
  const synced = contracts && !logs.fromCache ? logs.data : undefined;
  const verification = useDaoVerification(contracts ?? NONE, synced);
  return { logs, synced, verification: verification.data ?? null };
}
