import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { type Address, getAddress, isAddress } from "viem";
import { getPublicClient } from "@/chain/client";
import { readProxyImplementation } from "@/chain/reads/proxy-implementation";
import type { KnownContract } from "@/domain/actions/types";

type Params = { chainId: number; address: Address; blockNumber: string };

/** What a custom call's target delegates to (EIP-1967 and its beacon, EIP-1822, OZ legacy slot, EIP-1167),
 * read at the builder's block; null when it is not a proxy of these kinds. */
export function proxyImplementationQueryOptions(p: Params | null) {
  return queryOptions({
    queryKey: ["builder", "proxy", p] as const,
    queryFn: p
      ? ({ queryKey }) => {
          const k = queryKey[2] as Params;
          return readProxyImplementation(getPublicClient(k.chainId), k.address, BigInt(k.blockNumber));
        }
      : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** A proxy found behind a typed target, and the implementation's ABI when it is one of the DAO's known contracts. */
export type ProxyView = { kind: string; implementation: Address; known: KnownContract | null };

/** The proxy behind `target` (any text: nothing is read until it is an address). */
export function useProxyOf(
  chainId: number,
  target: string,
  blockNumber: bigint,
  known: readonly KnownContract[],
): { proxy: ProxyView | null; checking: boolean; error: unknown } {
  const t = target.trim();
  const address = isAddress(t, { strict: false }) ? getAddress(t) : null;
  const q = useQuery(
    proxyImplementationQueryOptions(address && { chainId, address, blockNumber: blockNumber.toString() }),
  );
  const hit = q.data ?? null;
  const proxy = hit && {
    ...hit,
    known: known.find((k) => k.address.toLowerCase() === hit.implementation.toLowerCase()) ?? null,
  };
  return { proxy, checking: q.isFetching, error: q.error };
}
