import { type UseQueryResult, useQueries } from "@tanstack/react-query";
import { useContext, useMemo } from "react";
import type { Address } from "viem";
import { addressName } from "@/config/address-names";
import { chainHasEns, ensNameQueryOptions } from "./ens-names";
import { EnsResolverContext } from "./use-address-label";

/** How many addresses one lookup asks ENS about (the first ones given: a list's top rows). */
export const ENS_LOOKUP_LIMIT = 500;

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
// Module-level, so TanStack Query keeps the combined result stable while no answer changes.
const answers = (results: UseQueryResult<string | null>[]) => results.map((r) => r.data ?? null);

/**
 * Names for many addresses at once, as one lookup function: the devnet's own names, then primary ENS names
 * where the chain has ENS. An ENS name is only ever the Universal Resolver's `reverse` answer, which resolves
 * the name forward again and reverts on a mismatch, so a name that does not point back is never shown.
 */
export function useNameLookup(
  chainId: number,
  addresses: readonly string[],
): (address: string) => string | undefined {
  const resolve = useContext(EnsResolverContext);
  const key = chainHasEns(chainId) ? addresses.join(",") : "";
  const asked = useMemo(() => {
    if (key === "") return [];
    const unique = new Set<Address>();
    for (const a of key.split(",")) {
      if (unique.size >= ENS_LOOKUP_LIMIT) break;
      if (ADDRESS.test(a) && !addressName(chainId, a)) unique.add(a.toLowerCase() as Address);
    }
    return [...unique];
  }, [key, chainId]);
  const names = useQueries({
    queries: asked.map((address) => ensNameQueryOptions({ chainId, address }, resolve)),
    combine: answers,
  });
  return useMemo(() => {
    const ens = new Map(asked.map((a, i) => [a, names[i] ?? null]));
    return (address: string) =>
      addressName(chainId, address) ?? ens.get(address.toLowerCase() as Address) ?? undefined;
  }, [asked, names, chainId]);
}
