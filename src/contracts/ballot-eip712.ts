import type { Address } from "viem";

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
