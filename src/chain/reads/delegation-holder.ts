import { type Address, type PublicClient, recoverTypedDataAddress, zeroAddress } from "viem";
import { delegationTypedData, type SignedDelegation, type TokenDomain } from "@/contracts/delegation-eip712";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { compVotesAbi } from "./comp-votes-abi";

/** A holder as the chain sees it now: balance, chosen delegate (null: none), own votes and next nonce. */
export type HolderRead = {
  blockNumber: bigint;
  timestamp: number;
  balance: bigint;
  delegate: Address | null;
  votes: bigint;
  nonce: bigint;
};

/** A multicall answer's value, or its error thrown. */
function need<T>(r: { status: "success"; result: T } | { status: "failure"; error: Error }): T {
  if (r.status !== "success") throw r.error;
  return r.result;
}

/** Reads a holder's balance, delegate, votes and nonce in one multicall pinned to the latest block; votes from
 * IVotes' getVotes, or Compound's getCurrentVotes where the token has only that (UNI, COMP). */
export async function readDelegationHolder(
  client: PublicClient,
  token: Address,
  holder: Address,
): Promise<HolderRead> {
  const block = await client.getBlock({ blockTag: "latest" });
  const t = { address: token, abi: ozVotesTokenAbi } as const;
  const [balance, delegate, ozVotes, nonce, compVotes] = await client.multicall({
    blockNumber: block.number,
    deployless: !client.chain?.contracts?.multicall3,
    contracts: [
      { ...t, functionName: "balanceOf", args: [holder] },
      { ...t, functionName: "delegates", args: [holder] },
      { ...t, functionName: "getVotes", args: [holder] },
      { ...t, functionName: "nonces", args: [holder] },
      { address: token, abi: compVotesAbi, functionName: "getCurrentVotes", args: [holder] },
    ],
  });
  const delegateTo = need(delegate);
  return {
    blockNumber: block.number,
    timestamp: Number(block.timestamp),
    balance: need(balance),
    delegate: delegateTo === zeroAddress ? null : delegateTo,
    votes: ozVotes.status === "success" ? ozVotes.result : need(compVotes),
    nonce: need(nonce),
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
