import { type Address, getAddress, isAddress, isHex } from "viem";
import type { SignedBallot } from "@/contracts/ballot-eip712";

export type { SignedBallot };

/** A ballot as portable JSON (bigints as decimal strings). */
export function ballotToJson(b: SignedBallot): string {
  return JSON.stringify({
    type: "plenum-ballot",
    chainId: b.chainId,
    governor: b.governor,
    proposalId: b.proposalId.toString(),
    support: b.support,
    voter: b.voter,
    nonce: b.nonce.toString(),
    signature: b.signature,
  });
}

/** The ballot packed for a URL (base64url of its JSON). */
export function ballotToLinkParam(b: SignedBallot): string {
  return btoa(ballotToJson(b)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

const DEC = /^\d{1,78}$/;

/** Reads a ballot from JSON or a link parameter; throws an Error saying what is wrong, in plain words. */
export function parseBallot(input: string): SignedBallot {
  const text = input.trim();
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith("{") ? text : atob(text.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    throw new Error("This is not a Plenum ballot: the text or link is damaged.");
  }
  const r = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  if (r.type !== "plenum-ballot") throw new Error("This is not a Plenum ballot.");
  const { chainId, governor, proposalId, support, voter, nonce, signature } = r;
  if (typeof chainId !== "number" || !Number.isInteger(chainId))
    throw new Error("The ballot's chain id is missing.");
  if (typeof governor !== "string" || !isAddress(governor))
    throw new Error("The ballot's governor address is malformed.");
  if (typeof voter !== "string" || !isAddress(voter))
    throw new Error("The ballot's voter address is malformed.");
  if (typeof proposalId !== "string" || !DEC.test(proposalId))
    throw new Error("The ballot's proposal id is malformed.");
  if (typeof nonce !== "string" || !DEC.test(nonce)) throw new Error("The ballot's nonce is malformed.");
  if (support !== 0 && support !== 1 && support !== 2)
    throw new Error("The ballot's choice must be For, Against or Abstain.");
  if (typeof signature !== "string" || !isHex(signature) || signature.length < 132) {
    throw new Error("The ballot's signature is malformed.");
  }
  return {
    chainId,
    governor: getAddress(governor),
    proposalId: BigInt(proposalId),
    support,
    voter: getAddress(voter),
    nonce: BigInt(nonce),
    signature,
  };
}

/** What the chain says now, to judge a ballot before any transaction. */
export type BallotContext = {
  chainId: number;
  governor: Address;
  proposalId: bigint;
  state: string;
  currentNonce: bigint;
  hasVoted: boolean;
  /** The address the signature recovers to over the ballot as given. */
  signer: Address | null;
};

/**
 * Whether a ballot belongs on this page at all: signed for this chain and this governor. Checked before any
 * read, since a ballot for another governor names a proposal this one does not have; when it fails, nothing
 * else about the ballot means anything here.
 */
export function ballotScopeProblems(b: SignedBallot, here: { chainId: number; governor: Address }): string[] {
  const problems: string[] = [];
  if (b.chainId !== here.chainId)
    problems.push(`The ballot was signed for chain ${b.chainId}, not this chain (${here.chainId}).`);
  if (b.governor.toLowerCase() !== here.governor.toLowerCase())
    problems.push(
      `The ballot was signed for another governor (${b.governor}), not this DAO's: it cannot be counted here.`,
    );
  return problems;
}

/** Every reason this ballot would fail if submitted now; empty when it would succeed. Each has its own words. */
export function ballotProblems(b: SignedBallot, c: BallotContext): string[] {
  const scope = ballotScopeProblems(b, c);
  if (scope.length > 0) return scope;
  const problems: string[] = [];
  if (b.proposalId !== c.proposalId) problems.push("The ballot is for another proposal.");
  if (c.signer === null || c.signer.toLowerCase() !== b.voter.toLowerCase()) {
    problems.push(
      "The signature does not match the voter: the ballot was altered or signed by someone else.",
    );
  }
  if (c.hasVoted)
    problems.push("This voter has already voted on this proposal (the ballot may have been submitted).");
  else if (b.nonce !== c.currentNonce)
    problems.push("The ballot's nonce is used up: the voter has signed something newer.");
  if (c.state === "Pending")
    problems.push("Voting has not opened yet: the ballot can be submitted once the proposal is active.");
  else if (c.state !== "Active")
    problems.push(`The ballot has expired: voting closed, the proposal is ${c.state.toLowerCase()}.`);
  return problems;
}
