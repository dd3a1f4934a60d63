import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readTokenPage } from "@/chain/reads/token-page";

/** Inputs of the token page's pinned read; bigints as decimal strings so the key stays JSON. */
export type TokenReadParams = {
  chainId: number;
  governor: Address;
  token: Address;
  treasury: Address | null;
  block: number;
  /** [proposal id, voteStart] of every proposal known at the block. */
  snapshots: readonly (readonly [string, string])[];
};

/** The token page's chain reads (supply, decimals, quorums, treasury balances) pinned to one block. */
export function tokenReadsQueryOptions(p: TokenReadParams | null) {
  return queryOptions({
    queryKey: ["token", "reads", p] as const,
    queryFn: p
      ? ({ queryKey: [, , k] }) => {
          if (!k) throw new Error("token reads without inputs");
          return readTokenPage(
            getPublicClient(k.chainId),
            {
              governor: k.governor,
              token: k.token,
              treasury: k.treasury,
              snapshots: k.snapshots.map(([id, start]) => ({ id: BigInt(id), voteStart: BigInt(start) })),
            },
            BigInt(k.block),
          );
        }
      : skipToken,
    // Pinned to a block: the answer never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The token page's reads at one block (idle until the block is known). */
export const useTokenReads = (p: TokenReadParams | null) => useQuery(tokenReadsQueryOptions(p));
