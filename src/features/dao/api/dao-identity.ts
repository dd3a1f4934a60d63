import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient, withDeadline } from "@/chain/client";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { blockSecondsFor } from "@/config/chains";
import { daoIdentityFromRead } from "@/domain/dao/identity";

/** Which DAO: a governor on a chain. */
export type DaoRef = { chainId: number; address: Address };

const DISCOVERY_DEADLINE_MS = 6_000;

/** The DAO area's key factory: `[area, kind, { chainId, governor }]`, the governor named as in every area. */
export const daoKeys = {
  identity: (ref: DaoRef | null) =>
    ["dao", "identity", ref ? { chainId: ref.chainId, governor: ref.address } : null] as const,
};

/** Discovery of a DAO's identity (idle without one); the transport already retries, so the query does not. */
export function daoIdentityQueryOptions(ref: DaoRef | null) {
  return queryOptions({
    queryKey: daoKeys.identity(ref),
    queryFn:
      ref === null
        ? skipToken
        : async ({ queryKey: [, , k] }) => {
            if (k === null) throw new Error("No DAO to discover.");
            // A blackholed RPC would otherwise keep the page waiting through every timeout and retry.
            const read = await withDeadline(
              readDaoIdentity(getPublicClient(k.chainId), k.governor),
              DISCOVERY_DEADLINE_MS,
              k.chainId,
            );
            return daoIdentityFromRead(read, blockSecondsFor(k.chainId));
          },
    staleTime: 60_000,
    retry: false,
  });
}

/** The DAO's identity (governor settings, token, treasury) read in one pinned batch. */
export function useDaoIdentity(ref: DaoRef | null) {
  return useQuery(daoIdentityQueryOptions(ref));
}
