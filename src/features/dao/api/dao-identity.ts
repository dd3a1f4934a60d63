import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient, withDeadline } from "@/chain/client";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { blockSecondsFor } from "@/config/chains";
import { daoIdentityFromRead } from "@/domain/dao/identity";

/** Which DAO: a governor on a chain. */
export type DaoRef = { chainId: number; address: Address };

const DISCOVERY_DEADLINE_MS = 6_000;

/** Discovery of a DAO's identity; the transport already retries, so the query itself does not. */
export function daoIdentityQueryOptions({ chainId, address }: DaoRef) {
  return queryOptions({
    queryKey: ["dao", "identity", { chainId, address }] as const,
    queryFn: async () => {
      // A blackholed RPC would otherwise keep the page waiting through every timeout and retry.
      const read = await withDeadline(
        readDaoIdentity(getPublicClient(chainId), address),
        DISCOVERY_DEADLINE_MS,
        chainId,
      );
      return daoIdentityFromRead(read, blockSecondsFor(chainId));
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** The DAO's identity (governor settings, token, treasury) read in one pinned batch. */
export function useDaoIdentity(ref: DaoRef | null) {
  return useQuery({
    ...daoIdentityQueryOptions(ref ?? { chainId: 0, address: "0x0000000000000000000000000000000000000000" }),
    enabled: ref !== null,
  });
}
