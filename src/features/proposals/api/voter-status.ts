import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readVoterStatus } from "@/chain/reads/voter-status";

type Params = { chainId: number; governor: Address; proposalId: bigint; snapshot: bigint; account: Address };

/** An account's voting power at a proposal's snapshot and whether it has voted, at the latest block. */
export function voterStatusQueryOptions(p: Params) {
  return queryOptions({
    // Query keys are hashed with JSON: ids travel as decimal strings.
    queryKey: [
      "proposals",
      "voter",
      { ...p, proposalId: p.proposalId.toString(), snapshot: p.snapshot.toString() },
    ] as const,
    queryFn: async () => {
      const client = getPublicClient(p.chainId);
      const block = await client.getBlockNumber({ cacheTime: 0 });
      return readVoterStatus(client, p.governor, p.proposalId, p.snapshot, p.account, block);
    },
    staleTime: 15_000,
  });
}

/** The connected account's standing on a proposal; idle without an account. */
export function useVoterStatus(p: Omit<Params, "account"> & { account: Address | undefined }) {
  const { account } = p;
  return useQuery({
    ...voterStatusQueryOptions({ ...p, account: account ?? "0x0000000000000000000000000000000000000000" }),
    enabled: account !== undefined,
  });
}
