import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readBuilderContext } from "@/chain/reads/builder-context";

type Params = {
  chainId: number;
  governor: Address;
  timelock: Address | null;
  treasury: Address;
  candidates: Address[];
};

/** The builder's head reads (settings, treasury balances, charters); candidates are keyed sorted. */
export function builderContextQueryOptions(p: Params | null) {
  return queryOptions({
    queryKey: ["builder", "context", p] as const,
    queryFn: p
      ? ({ queryKey }) => {
          const k = queryKey[2] as Params;
          return readBuilderContext(getPublicClient(k.chainId), k);
        }
      : skipToken,
    staleTime: 15_000,
  });
}

/** The builder's head reads for a DAO. */
export function useBuilderContext(p: Params | null) {
  return useQuery(builderContextQueryOptions(p && { ...p, candidates: [...p.candidates].sort() }));
}
