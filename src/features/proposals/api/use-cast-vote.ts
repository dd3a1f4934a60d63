import type { Address } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { SUPPORT_BY_VALUE, type Support } from "@/domain/votes/vote";
import { useConnectedAccount } from "./connected-account";
import { useGovernorWrite } from "./use-governor-write";
import { statusFor } from "./write-scope";

/** Casts a vote with an optional reason through the one write path; `status` is this account's on this proposal. */
export function useCastVote(chainId: number, governor: Address, proposalId: bigint) {
  const write = useGovernorWrite(chainId, governor);
  const { address } = useConnectedAccount();
  return {
    status: statusFor(write.last, address, proposalId, ["vote"]),
    vote: (support: Support, reason: string) =>
      address &&
      write.send(
        {
          chainId,
          address: governor,
          abi: ozGovernorAbi,
          functionName: "castVoteWithReason",
          args: [proposalId, SUPPORT_BY_VALUE.indexOf(support), reason.trim()],
        },
        { account: address, proposalId, action: "vote" },
      ),
  };
}
