import type { GovernorKindInfo } from "@/domain/dao/governor-kind";

/** The governor facts that decide whether a Plenum ballot link can be submitted to it. */
export type BallotGovernorKind = Pick<GovernorKindInfo, "kind" | "label" | "voteBySignature">;

/**
 * Whether the governor's castVoteBySig checks the Ballot a Plenum link carries: OpenZeppelin 5's
 * (proposalId, support, voter, nonce). OZ 4.x signs (proposalId, support) only; Alpha and Bravo use their own
 * domains, so the same signature would recover to another address there and the call would revert.
 */
export function takesPlenumBallot(kind: Pick<GovernorKindInfo, "kind" | "voteBySignature">): boolean {
  return kind.voteBySignature && (kind.kind === "oz5" || kind.kind === "oz-unknown");
}

/** Why this governor cannot take a Plenum ballot link, in a person's words; null when it can. */
export function ballotRefusalFor(kind: BallotGovernorKind): string | null {
  if (takesPlenumBallot(kind)) return null;
  const lead = `This governor (${kind.label}) does not accept this kind of signed ballot`;
  switch (kind.kind) {
    case "oz4":
    case "oz4-bravo":
      return `${lead}: its Ballot is only (proposal, choice), with no voter or nonce, so the signature in this link would not match and a submit would revert.`;
    case "alpha":
    case "bravo":
      return `${lead}: its castVoteBySig checks a Compound-style ballot, not the OpenZeppelin 5 ballot in this link, so a submit would revert.`;
    case "unreadable":
      return "This contract is not a governor Plenum can read, so a signed ballot cannot be checked or submitted here.";
    default:
      return `${lead}: it takes no vote by signature, so a submit would revert.`;
  }
}
