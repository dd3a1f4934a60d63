import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readVoterStatus, type VoterReader } from "@/chain/reads/voter-status";
import { proposalKeys } from "./keys";

type Params = {
  chainId: number;
  governor: Address;
  proposalId: bigint;
  snapshot: bigint;
  account: Address | undefined;
  /** OpenZeppelin's getVotes/hasVoted, or Compound's token getPriorVotes + getReceipt (Alpha's or Bravo's). */
  reader: VoterReader;
  token: Address | null;
};

/** An account's voting power at a proposal's snapshot and whether it has voted, at the latest block (idle without one). */
export function voterStatusQueryOptions(p: Params) {
  return queryOptions({
    // Query keys are hashed with JSON: ids travel as decimal strings.
    queryKey: proposalKeys.voter({
      chainId: p.chainId,
      governor: p.governor,
      proposalId: p.proposalId.toString(),
      snapshot: p.snapshot.toString(),
      account: p.account ?? null,
      reader: p.reader,
      token: p.token,
    }),
    queryFn:
      p.account === undefined
        ? skipToken
        : async ({ queryKey: [, , k] }) => {
            if (k.account === null) throw new Error("No account to read.");
            const client = getPublicClient(k.chainId);
            const block = await client.getBlockNumber({ cacheTime: 0 });
            return readVoterStatus(
              client,
              {
                governor: k.governor,
                proposalId: BigInt(k.proposalId),
                snapshot: BigInt(k.snapshot),
                account: k.account,
                reader: k.reader,
                token: k.token,
              },
              block,
            );
          },
    staleTime: 15_000,
  });
}

/** The connected account's standing on a proposal; idle without an account. */
export function useVoterStatus(p: Params) {
  return useQuery(voterStatusQueryOptions(p));
}
