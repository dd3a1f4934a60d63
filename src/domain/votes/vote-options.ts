import type { GovernorKindInfo } from "@/domain/dao/governor-kind";
import { takesPlenumBallot } from "./ballot-acceptance";
import type { Support } from "./vote";

/** What the vote form offers on a governor of this kind, and what it says it cannot offer. */
export type VoteOptions = {
  /** Alpha's `castVote(id, bool)` or OpenZeppelin's/Bravo's `uint8` support. */
  encoding: "bool" | "uint8";
  /** Where power and "has voted" are read: OZ's getVotes/hasVoted, or the token's getPriorVotes + getReceipt. */
  powerFrom: "governor" | "alpha" | "bravo";
  choices: readonly Support[];
  reasons: boolean;
  /** Plenum signs an EIP-712 ballot only for OpenZeppelin 5's Ballot (voter + nonce). */
  signBallot: boolean;
  /** Plain sentences for what is missing on this governor. */
  notes: readonly string[];
};

/** The vote form for this governor kind: choices, reason, signed ballot, each only where it exists. */
export function voteOptionsFor(
  kind: Pick<GovernorKindInfo, "kind" | "abstain" | "reasons" | "voteBySignature">,
): VoteOptions {
  const notes: string[] = [];
  const alpha = kind.kind === "alpha";
  if (alpha) notes.push("GovernorAlpha has only For and Against; no reasons.");
  else {
    if (!kind.abstain) notes.push("This governor has no Abstain: votes are For or Against.");
    if (!kind.reasons) notes.push("This governor takes no reason with a vote.");
  }
  // Plenum's ballot link carries OZ 5's Ballot, so it is offered only where the governor checks that one.
  const oz5Ballot = takesPlenumBallot(kind);
  if (alpha) notes.push("No vote-by-signature for GovernorAlpha in Plenum (castVoteBySig exists on chain).");
  else if (kind.kind === "bravo")
    notes.push("No vote-by-signature for GovernorBravo in Plenum (castVoteBySig exists on chain).");
  else if (kind.kind === "oz4" || kind.kind === "oz4-bravo")
    notes.push(
      "No signed ballots for OpenZeppelin 4.x governors in Plenum: their Ballot has no voter or nonce (castVoteBySig exists on chain).",
    );
  return {
    encoding: alpha ? "bool" : "uint8",
    powerFrom: alpha ? "alpha" : kind.kind === "bravo" ? "bravo" : "governor",
    choices: kind.abstain && !alpha ? ["for", "against", "abstain"] : ["for", "against"],
    reasons: kind.reasons && !alpha,
    signBallot: oz5Ballot,
    notes,
  };
}
