import type { Address } from "viem";
import { voteCall } from "@/chain/write/governor-calls";
import { SUPPORT_BY_VALUE, type Support } from "@/domain/votes/vote";
import type { VoteOptions } from "@/domain/votes/vote-options";
import { useConnectedAccount } from "./connected-account";
import { useGovernorWrite } from "./use-governor-write";
import { statusFor } from "./write-scope";

/** Casts a vote through the one write path in the governor's own encoding (Alpha: `castVote(id, bool)`;
 * OpenZeppelin and Bravo: `castVoteWithReason`); `status` is this account's on this proposal. */
export function useCastVote(
  chainId: number,
  governor: Address,
  proposalId: bigint,
  encoding: VoteOptions["encoding"],
) {
  const write = useGovernorWrite(chainId, governor);
  const { address } = useConnectedAccount();
  return {
    status: statusFor(write.last, address, proposalId, ["vote"]),
    vote: (support: Support, reason: string) =>
      address &&
      write.send(
        voteCall({
          chainId,
          governor,
          encoding,
          proposalId,
          support: SUPPORT_BY_VALUE.indexOf(support),
          reason: encoding === "bool" ? "" : reason,
        }),
        { account: address, proposalId, action: "vote" },
      ),
  };
}
