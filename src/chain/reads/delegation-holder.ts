import { type Address, type PublicClient, recoverTypedDataAddress, zeroAddress } from "viem";
import { delegationTypedData, type SignedDelegation, type TokenDomain } from "@/contracts/delegation-eip712";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";

/** A holder as the chain sees it now: balance, chosen delegate (null: none), own votes and next nonce. */
export type HolderRead = {
  blockNumber: bigint;
  timestamp: number;
  balance: bigint;
  delegate: Address | null;
  votes: bigint;
  nonce: bigint;
};

/** Reads a holder's balance, delegate, votes and nonce in one multicall pinned to the latest block. */
export async function readDelegationHolder(
  client: PublicClient,
  token: Address,
  holder: Address,
): Promise<HolderRead> {
  const block = await client.getBlock({ blockTag: "latest" });
  const t = { address: token, abi: ozVotesTokenAbi } as const;
  const [balance, delegate, votes, nonce] = await client.multicall({
    allowFailure: false,
    blockNumber: block.number,
    deployless: !client.chain?.contracts?.multicall3,
    contracts: [
      { ...t, functionName: "balanceOf", args: [holder] },
      { ...t, functionName: "delegates", args: [holder] },
      { ...t, functionName: "getVotes", args: [holder] },
      { ...t, functionName: "nonces", args: [holder] },
    ],
  });
  return {
    blockNumber: block.number,
    timestamp: Number(block.timestamp),
    balance,
    delegate: delegate === zeroAddress ? null : delegate,
    votes,
    nonce,
  };
}

/** The token's EIP-712 domain (`eip712Domain()`), which Delegation signatures are bound to. */
export async function readTokenDomain(client: PublicClient, token: Address): Promise<TokenDomain> {
  const [, name, version, chainId, verifyingContract] = await client.readContract({
    address: token,
    abi: ozVotesTokenAbi,
    functionName: "eip712Domain",
  });
  return { name, version, chainId: Number(chainId), verifyingContract };
}

/** Who really signed a delegation, over this token's domain on the chain it claims (null: unrecoverable). */
export async function recoverDelegationSigner(
  domain: TokenDomain,
  d: SignedDelegation,
): Promise<Address | null> {
  return recoverTypedDataAddress({
    ...delegationTypedData({ ...domain, chainId: d.chainId, verifyingContract: d.token }, d),
    signature: d.signature,
  }).catch(() => null);
}
