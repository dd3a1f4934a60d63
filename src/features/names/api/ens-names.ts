import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { ensResolverOf, readEnsNames } from "@/chain/reads/ens-names";
import { chainFor } from "@/config/chains";
import { createBatcher } from "./batcher";

/** Resolves primary names of many addresses on one chain, in order (null: no name). */
export type EnsResolve = (chainId: number, addresses: Address[]) => Promise<(string | null)[]>;

/** The app's resolver: the chain's ENS Universal Resolver, batched into one multicall. */
export const resolveOnChain: EnsResolve = (chainId, addresses) =>
  readEnsNames(getPublicClient(chainId), addresses);

/** Whether the chain has ENS at all (viem's chain definition names a Universal Resolver). */
export const chainHasEns = (chainId: number) => ensResolverOf(chainFor(chainId)) !== null;

const batchers = new WeakMap<
  EnsResolve,
  Map<number, ReturnType<typeof createBatcher<Address, string | null>>>
>();

/** One batcher per resolver and chain: every name asked for in the same tick goes out in one request. */
function batcherFor(resolve: EnsResolve, chainId: number) {
  let byChain = batchers.get(resolve);
  if (!byChain) {
    byChain = new Map();
    batchers.set(resolve, byChain);
  }
  let b = byChain.get(chainId);
  if (!b) {
    b = createBatcher((keys: Address[]) => resolve(chainId, keys));
    byChain.set(chainId, b);
  }
  return b;
}

/** An address's primary ENS name (null: none); idle on chains without ENS. */
export function ensNameQueryOptions(
  p: { chainId: number; address: Address } | null,
  resolve: EnsResolve = resolveOnChain,
) {
  return queryOptions({
    queryKey: ["names", "ens", p] as const,
    queryFn: p
      ? ({ queryKey: [, , k] }) => {
          if (!k) throw new Error("ENS lookup without an address");
          return batcherFor(resolve, k.chainId).load(k.address);
        }
      : skipToken,
    // Primary names change rarely; an hour saves a request per address per page.
    staleTime: 60 * 60_000,
    gcTime: 24 * 60 * 60_000,
    retry: 1,
  });
}

/** The ENS name of an address where the chain has ENS (undefined while unknown, null when it has none). */
export function useEnsName(chainId: number, address: string, resolve?: EnsResolve) {
  const valid = /^0x[0-9a-fA-F]{40}$/.test(address);
  const p = valid && chainHasEns(chainId) ? { chainId, address: address.toLowerCase() as Address } : null;
  return useQuery(ensNameQueryOptions(p, resolve)).data;
}
