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

/** A DAO's synced history and its verification, as every history-based page needs them. */
export function useDaoHistory(dao: DaoIdentity) {
  const contracts = daoContractsOf(dao);
  const logs = useDaoLogs(contracts);
  const verification = useDaoVerification(contracts ?? NONE, contracts ? logs.data : undefined);
  return { logs, verification: verification.data ?? null };
}
