import type { Address } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { SUPPORT_BY_VALUE, type Support } from "@/domain/votes/vote";
import { useGovernorWrite } from "./use-governor-write";

/** Casts a vote with an optional reason through the one write path (castVoteWithReason). */
export function useCastVote(chainId: number, governor: Address) {
  const write = useGovernorWrite(chainId, governor);
  return {
    ...write,
    vote: (proposalId: bigint, support: Support, reason: string) =>
      write.send({
        chainId,
        address: governor,
        abi: ozGovernorAbi,
        functionName: "castVoteWithReason",
        args: [proposalId, SUPPORT_BY_VALUE.indexOf(support), reason.trim()],
      }),
  };
}
