import { type Address, type Hex, parseAbi } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { compoundGovernorAbi } from "../reads/bravo-abi";
import type { ContractCall } from "./contract-write";

/** How a governor takes a vote: GovernorAlpha's `castVote(id, bool)`, or `uint8` support with a reason
 * (OpenZeppelin, and GovernorBravo, whose castVote/castVoteWithReason have OpenZeppelin's selectors). */
export type VoteEncoding = "bool" | "uint8";

/** castVoteWithReason as both kinds take it. GovernorBravo's returns nothing and OpenZeppelin's the weight,
 * which no one reads: declared without outputs, so simulating Bravo's vote does not fail on "returned no data". */
const voteWithReasonAbi = parseAbi([
  "function castVoteWithReason(uint256 proposalId, uint8 support, string reason)",
]);

/** The vote transaction: support 0 Against, 1 For, 2 Abstain; Alpha takes neither Abstain nor a reason. */
export function voteCall(p: {
  chainId: number;
  governor: Address;
  encoding: VoteEncoding;
  proposalId: bigint;
  support: number;
  reason: string;
}): ContractCall {
  const base = { chainId: p.chainId, address: p.governor } as const;
  if (p.encoding === "bool") {
    if (p.support !== 0 && p.support !== 1)
      throw new Error("GovernorAlpha has only For and Against; it cannot take this vote.");
    if (p.reason.trim() !== "") throw new Error("GovernorAlpha takes no reason with a vote.");
    return {
      ...base,
      abi: compoundGovernorAbi,
      functionName: "castVote",
      args: [p.proposalId, p.support === 1],
    } satisfies ContractCall<typeof compoundGovernorAbi, "castVote">;
  }
  return {
    ...base,
    abi: voteWithReasonAbi,
    functionName: "castVoteWithReason",
    args: [p.proposalId, p.support, p.reason.trim()],
  } satisfies ContractCall<typeof voteWithReasonAbi, "castVoteWithReason">;
}

/** A proposal as the lifecycle calls need it. */
export type LifecycleProposal = {
  id: bigint;
  actions: readonly { target: Address; value: bigint; calldata: Hex }[];
  descriptionHash: Hex;
};

/** Queue, execute or cancel: by id on Compound's governors (execute sends the actions' total value, as
 * GovernorAlpha/Bravo forward `msg.value` to the timelock), by the exact content on OpenZeppelin's. */
export function lifecycleCall(p: {
  chainId: number;
  governor: Address;
  by: "id" | "content";
  action: "queue" | "execute" | "cancel";
  proposal: LifecycleProposal;
}): ContractCall {
  const base = { chainId: p.chainId, address: p.governor } as const;
  if (p.by === "id") {
    const call = {
      ...base,
      abi: compoundGovernorAbi,
      functionName: p.action,
      args: [p.proposal.id],
    } as const;
    if (p.action !== "execute") return call;
    return { ...call, value: p.proposal.actions.reduce((sum, a) => sum + a.value, 0n) };
  }
  return {
    ...base,
    abi: ozGovernorAbi,
    functionName: p.action,
    args: [
      p.proposal.actions.map((a) => a.target),
      p.proposal.actions.map((a) => a.value),
      p.proposal.actions.map((a) => a.calldata),
      p.proposal.descriptionHash,
    ],
  } satisfies ContractCall<typeof ozGovernorAbi, typeof p.action>;
}
