import { type DecodeEventLogReturnType, decodeEventLog, type Hex } from "viem";
import { fullCalldatas } from "../bravo/calldata";
import { alphaVoteCastAbi } from "../bravo/events-abi";
import { type DaoEventAbi, daoEventsAbi, erc721TransferAbi, transferTopic } from "./dao-events-abi";

/** A decoded log: `eventName` narrows `args` to that event's typed arguments. */
export type Decoded = DecodeEventLogReturnType<DaoEventAbi>;

/** An ERC-721 Transfer (tokenId indexed: 4 topics) as a transfer of one vote, the unit of ERC721Votes;
 * null for any other log. */
function erc721Transfer(topics: readonly Hex[], data: Hex): Decoded | null {
  const [signature, from, to, tokenId] = topics;
  if (signature !== transferTopic || topics.length !== 4 || !from || !to || !tokenId) return null;
  const nft = decodeEventLog({ abi: erc721TransferAbi, topics: [signature, from, to, tokenId], data });
  return { eventName: "Transfer", args: { from: nft.args.from, to: nft.args.to, value: 1n } };
}

/** GovernorAlpha's VoteCast (bool support, no reason) in OpenZeppelin's shape: Against 0, For 1. */
function alphaVoteCast(topics: [Hex, ...Hex[]], data: Hex): Decoded | null {
  try {
    const v = decodeEventLog({ abi: alphaVoteCastAbi, topics, data, strict: true });
    const { voter, proposalId, support, votes } = v.args;
    return {
      eventName: "VoteCast",
      args: { voter, proposalId, support: support ? 1 : 0, weight: votes, reason: "" },
    };
  } catch {
    return null;
  }
}

/** Compound-style ProposalCreated logs a signature apart from its arguments: the actions get the calldata the
 * timelock will send (selector + arguments), so every reader decodes them as it does OpenZeppelin's. */
export function withFullCalldatas(d: Decoded): Decoded {
  if (d.eventName !== "ProposalCreated" || d.args.signatures.every((s) => s.trim() === "")) return d;
  return { ...d, args: { ...d.args, calldatas: fullCalldatas(d.args.signatures, d.args.calldatas) } };
}

/**
 * Decodes one log with viem's generic path against the DAO events, then as an ERC-721 Transfer or Alpha's
 * VoteCast; throws when none fits. It is the reference the fast decoder (decode-fast.ts) is tested against,
 * and the fallback for every log that one declines (malformed data, shapes it does not specialise).
 */
export function decodeGeneric(topics: [Hex, ...Hex[]], data: Hex): Decoded {
  try {
    return withFullCalldatas(decodeEventLog({ abi: daoEventsAbi, topics, data, strict: true }));
  } catch (e) {
    const other = erc721Transfer(topics, data) ?? alphaVoteCast(topics, data);
    if (other) return other;
    throw e;
  }
}
