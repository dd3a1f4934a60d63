import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { getPublicClient } from "@/chain/client";
import { readDelegationHolder } from "@/chain/reads/delegation-holder";

type HolderParams = { chainId: number; governor: Address; token: Address; holder: Address };

/** A holder's balance, delegate, votes and nonce at the latest block. */
export function holderQueryOptions(p: HolderParams | typeof skipToken) {
  return queryOptions({
    queryKey: ["delegates", "holder", p === skipToken ? null : p] as const,
    queryFn:
      p === skipToken
        ? skipToken
        : ({ queryKey: [, , k] }) => {
            if (!k) throw new Error("no holder");
            return readDelegationHolder(getPublicClient(k.chainId), k.token, k.holder);
          },
    staleTime: 5_000,
  });
}

/** The holder read for an account (idle without one). */
export function useHolder(
  chainId: number,
  governor: Address,
  token: Address | null,
  holder: Address | undefined,
) {
  return useQuery(holderQueryOptions(token && holder ? { chainId, governor, token, holder } : skipToken));
}

/** The connected wallet's account and chain (undefined when not connected). */
export function useConnectedAccount(): { address: Address | undefined; chainId: number | undefined } {
  const { address, chainId } = useAccount();
  return { address, chainId };
}
