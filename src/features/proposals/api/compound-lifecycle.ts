import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readGracePeriod, simulateCompoundCancel } from "@/chain/reads/bravo-timelock";
import { proposalKeys } from "./keys";

/** A Compound Timelock's GRACE_PERIOD at the head (idle without a timelock or on OpenZeppelin governors). */
export function compoundTimelockQueryOptions(chainId: number, governor: Address, timelock: Address | null) {
  return queryOptions({
    queryKey: proposalKeys.timelock({ chainId, governor, timelock: timelock ?? governor }),
    queryFn:
      timelock === null
        ? skipToken
        : async ({ queryKey: [, , k] }) => {
            const client = getPublicClient(k.chainId);
            return readGracePeriod(client, k.timelock, await client.getBlockNumber({ cacheTime: 0 }));
          },
    // A constant of the contract: read once per page visit.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The grace period of a Compound-style governor's timelock; idle when `timelock` is null. */
export function useCompoundTimelock(chainId: number, governor: Address, timelock: Address | null) {
  return useQuery(compoundTimelockQueryOptions(chainId, governor, timelock));
}

/** Whether this account's cancel(id) would revert now, simulated (idle without an account). */
export function cancelCheckQueryOptions(
  chainId: number,
  governor: Address,
  proposalId: bigint,
  account: Address | undefined,
) {
  return queryOptions({
    queryKey: proposalKeys.cancelCheck({
      chainId,
      governor,
      proposalId: proposalId.toString(),
      account: account ?? null,
    }),
    queryFn:
      account === undefined
        ? skipToken
        : ({ queryKey: [, , k] }) => {
            if (k.account === null) throw new Error("No account to simulate with.");
            return simulateCompoundCancel(
              getPublicClient(k.chainId),
              k.governor,
              BigInt(k.proposalId),
              k.account,
            );
          },
    staleTime: 15_000,
  });
}

/** The cancel simulation for the connected account; idle when `enabled` is false or no account. */
export function useCancelCheck(
  chainId: number,
  governor: Address,
  proposalId: bigint,
  account: Address | undefined,
  enabled: boolean,
) {
  return useQuery({ ...cancelCheckQueryOptions(chainId, governor, proposalId, account), enabled });
}
