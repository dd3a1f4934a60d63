import type { Address, Hex } from "viem";

/** An EIP-712 Ballot signed by a voter, which anyone can submit with castVoteBySig. */
export type SignedBallot = {
  chainId: number;
  governor: Address;
  proposalId: bigint;
  /** 0 Against, 1 For, 2 Abstain. */
  support: number;
  voter: Address;
  nonce: bigint;
  signature: Hex;
};

/** The EIP-712 domain as a governor reports it (eip712Domain()). */
export type BallotDomain = { name: string; version: string; chainId: number; verifyingContract: Address };

/** OpenZeppelin Governor's Ballot type (BALLOT_TYPEHASH). */
export const BALLOT_TYPES = {
  Ballot: [
    { name: "proposalId", type: "uint256" },
    { name: "support", type: "uint8" },
    { name: "voter", type: "address" },
    { name: "nonce", type: "uint256" },
  ],
} as const;

/** The typed data to sign or recover for a ballot. */
export function ballotTypedData(
  domain: BallotDomain,
  b: { proposalId: bigint; support: number; voter: Address; nonce: bigint },
) {
  return {
    domain,
    types: BALLOT_TYPES,
    primaryType: "Ballot" as const,
    message: { proposalId: b.proposalId, support: b.support, voter: b.voter, nonce: b.nonce },
  };
}
