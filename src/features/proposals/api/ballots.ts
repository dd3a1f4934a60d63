import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { getPublicClient } from "@/chain/client";
import { readBallotContext } from "@/chain/reads/ballot-context";
import { signBallot } from "@/chain/write/sign-ballot";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { proposalStateName } from "@/domain/proposals/state";
import { ballotProblems, ballotToJson, type SignedBallot } from "@/domain/votes/ballot";
import { useGovernorWrite } from "./use-governor-write";

/** Signs a ballot with the connected wallet; nothing is sent to the chain. */
export function useSignBallot(chainId: number, governor: Address) {
  const config = useConfig();
  return useMutation({
    mutationFn: (p: { proposalId: bigint; support: number }) =>
      signBallot(config, { chainId, governor, ...p }),
  });
}

/** Checks a ballot against the chain now: every reason it would fail, before any transaction. */
export function ballotCheckQueryOptions(chainId: number, governor: Address, ballot: SignedBallot) {
  return queryOptions({
    queryKey: [
      "proposals",
      "ballot",
      // Every signed field is in the key: an altered ballot with the same signature must be checked afresh.
      { chainId, governor, ballot: ballotToJson(ballot) },
    ] as const,
    queryFn: async () => {
      const read = await readBallotContext(getPublicClient(chainId), governor, ballot);
      return ballotProblems(ballot, {
        chainId: read.chainId,
        governor,
        proposalId: ballot.proposalId,
        state: proposalStateName(read.state),
        currentNonce: read.currentNonce,
        hasVoted: read.hasVoted,
        signer: read.signer,
      });
    },
    staleTime: 5_000,
  });
}

const NO_BALLOT: SignedBallot = {
  chainId: 0,
  governor: "0x0000000000000000000000000000000000000000",
  proposalId: 0n,
  support: 0,
  voter: "0x0000000000000000000000000000000000000000",
  nonce: 0n,
  signature: "0x",
};

/** The check of a ballot opened from a link (idle without one). */
export function useBallotCheck(chainId: number, governor: Address, ballot: SignedBallot | null) {
  return useQuery({
    ...ballotCheckQueryOptions(chainId, governor, ballot ?? NO_BALLOT),
    enabled: ballot !== null,
  });
}

/** Submits someone's signed ballot with castVoteBySig through the one write path (the sender pays the gas). */
export function useSubmitBallot(chainId: number, governor: Address) {
  const write = useGovernorWrite(chainId, governor);
  return {
    ...write,
    submit: (b: SignedBallot) =>
      write.send({
        chainId,
        address: governor,
        abi: ozGovernorAbi,
        functionName: "castVoteBySig",
        args: [b.proposalId, b.support, b.voter, b.signature],
      }),
  };
}
