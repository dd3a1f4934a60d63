import { isAddressEqual } from "viem";
import type { DaoContracts } from "@/chain/sync/dao-streams";
import { devnetInfo } from "@/config/devnet";
import type { DaoIdentity } from "@/domain/dao/identity";

/** What the sync follows for a DAO: its own contracts (and every token moving to or from its treasury), plus
 * the devnet's known deploy block and stablecoin (read even before a transfer of it is synced). */
export function daoContractsOf(dao: DaoIdentity): DaoContracts | null {
  if (!dao.token) return null;
  const devnet = devnetInfo();
  const local =
    devnet?.chainId === dao.chainId
      ? devnet.daos.find((d) => isAddressEqual(d.governor, dao.governor))
      : undefined;
  return {
    chainId: dao.chainId,
    governor: dao.governor,
    token: dao.token.address,
    timelock: dao.timelock,
    charter: local?.charter ?? null,
    ...(local ? { deployBlock: local.deployBlock, treasuryTokens: [local.stable] } : {}),
  };
}
