import type { Address, Hex } from "viem";

/** A holder's signed EIP-712 Delegation, which anyone can submit with `delegateBySig` (the sender pays gas). */
export type SignedDelegation = {
  chainId: number;
  token: Address;
  delegator: Address;
  delegatee: Address;
  nonce: bigint;
  /** Unix seconds after which the token refuses it (VotesExpiredSignature). */
  expiry: bigint;
  signature: Hex;
};

/** The EIP-712 domain as the token reports it (`eip712Domain()`). */
export type TokenDomain = { name: string; version: string; chainId: number; verifyingContract: Address };

/** OpenZeppelin Votes' Delegation type (DELEGATION_TYPEHASH). */
export const DELEGATION_TYPES = {
  Delegation: [
    { name: "delegatee", type: "address" },
    { name: "nonce", type: "uint256" },
    { name: "expiry", type: "uint256" },
  ],
} as const;

/** The typed data to sign or recover for a delegation. */
export function delegationTypedData(
  domain: TokenDomain,
  d: { delegatee: Address; nonce: bigint; expiry: bigint },
) {
  return {
    domain,
    types: DELEGATION_TYPES,
    primaryType: "Delegation" as const,
    message: { delegatee: d.delegatee, nonce: d.nonce, expiry: d.expiry },
  };
}
