import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readCharters } from "@/chain/reads/charter-reads";
import { checkCharterAgainstReads } from "@/domain/charter/check";
import type { CharterModel } from "@/domain/charter/model";

type Params = { chainId: number; governor: Address; charters: readonly Address[]; block: number };

/** The charters' own principle reads, pinned to the block the page shows. */
export function charterReadsQueryOptions(p: Params | typeof skipToken) {
  return queryOptions({
    queryKey: ["charter", "reads", p === skipToken ? null : p] as const,
    queryFn:
      p === skipToken
        ? skipToken
        : ({ queryKey }) => {
            const q = queryKey[2];
            if (!q) throw new Error("nothing to read");
            return readCharters(getPublicClient(q.chainId), q.charters, BigInt(q.block));
          },
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

/** The contracts' reads of the given charters at `block` (skipped until there is something to read). */
export function useCharterReads(p: Params | null) {
  return useQuery(charterReadsQueryOptions(p && p.charters.length > 0 ? p : skipToken));
}

/** The model checked against the contracts' reads at its block: null until read; `error` if it could not be. */
export function useCharterCheck(chainId: number, governor: Address, model: CharterModel | null) {
  const reads = useCharterReads(
    model ? { chainId, governor, charters: model.charters, block: model.atBlock } : null,
  );
  const check = useMemo(
    () => (model && reads.data ? checkCharterAgainstReads(model, reads.data) : null),
    [model, reads.data],
  );
  return { check, error: reads.error };
}
