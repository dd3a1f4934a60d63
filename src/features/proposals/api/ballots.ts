import { queryOptions, skipToken, useMutation, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { getPublicClient } from "@/chain/client";
import { readBallotContext } from "@/chain/reads/ballot-context";
import { signBallot } from "@/chain/write/sign-ballot";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { proposalStateName } from "@/domain/proposals/state";
import {
  ballotProblems,
  ballotScopeProblems,
  ballotToJson,
  parseBallot,
  type SignedBallot,
} from "@/domain/votes/ballot";
import { useConnectedAccount } from "./connected-account";
import { proposalKeys } from "./keys";
import { useGovernorWrite } from "./use-governor-write";
import { statusFor } from "./write-scope";

/** Signs a ballot with the connected wallet; nothing is sent to the chain. */
export function useSignBallot(chainId: number, governor: Address) {
  const config = useConfig();
  return useMutation({
    mutationFn: (p: { proposalId: bigint; support: number }) =>
      signBallot(config, { chainId, governor, ...p }),
  });
}

/** Checks a ballot against the chain now: every reason it would fail, before any transaction (idle without one). */
export function ballotCheckQueryOptions(chainId: number, governor: Address, signed: SignedBallot | null) {
  return queryOptions({
    // Every signed field is in the key: an altered ballot with the same signature must be checked afresh.
    queryKey: proposalKeys.ballot({ chainId, governor, ballot: signed ? ballotToJson(signed) : null }),
    queryFn:
      signed === null
        ? skipToken
        : async ({ queryKey: [, , p] }) => {
            if (p.ballot === null) throw new Error("No ballot to check.");
            const ballot = parseBallot(p.ballot);
            // A ballot for another chain or governor names a proposal this one lacks: refuse it before reading.
            const scope = ballotScopeProblems(ballot, p);
            if (scope.length > 0) return scope;
            const read = await readBallotContext(getPublicClient(p.chainId), p.governor, ballot);
            return ballotProblems(ballot, {
              chainId: read.chainId,
              governor: p.governor,
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

/** The check of a ballot opened from a link (idle without one). */
export function useBallotCheck(chainId: number, governor: Address, ballot: SignedBallot | null) {
  return useQuery(ballotCheckQueryOptions(chainId, governor, ballot));
}

/** Submits someone's signed ballot with castVoteBySig through the one write path (the sender pays the gas). */
export function useSubmitBallot(chainId: number, governor: Address, proposalId: bigint | null) {
  const write = useGovernorWrite(chainId, governor);
  const { address } = useConnectedAccount();
  return {
    status: proposalId === null ? null : statusFor(write.last, address, proposalId, ["ballot"]),
    submit: (b: SignedBallot) =>
      address &&
      write.send(
        {
          chainId,
          address: governor,
          abi: ozGovernorAbi,
          functionName: "castVoteBySig",
          args: [b.proposalId, b.support, b.voter, b.signature],
        },
        { account: address, proposalId: b.proposalId, action: "ballot" },
      ),
  };
}
