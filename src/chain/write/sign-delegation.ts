import type { Address } from "viem";
import type { Config } from "wagmi";
import { signTypedData } from "wagmi/actions";
import { delegationTypedData, type SignedDelegation } from "@/contracts/delegation-eip712";
import { getPublicClient } from "../client";
import { readDelegationHolder, readTokenDomain } from "../reads/delegation-holder";
import { ensureWalletChain } from "./contract-write-chain";

/** Signs an EIP-712 Delegation with the connected wallet (domain and nonce read from the token); sends nothing. */
export async function signDelegation(
  config: Config,
  p: { chainId: number; token: Address; delegatee: Address; expiry: bigint },
): Promise<SignedDelegation> {
  // Same guard as every transaction: nothing is signed until the wallet itself says it is on the DAO's chain.
  const address = await ensureWalletChain(config, p.chainId, "sign");
  const client = getPublicClient(p.chainId);
  const [domain, holder] = await Promise.all([
    readTokenDomain(client, p.token),
    readDelegationHolder(client, p.token, address),
  ]);
  const message = { delegatee: p.delegatee, nonce: holder.nonce, expiry: p.expiry };
  const signature = await signTypedData(config, {
    account: address,
    ...delegationTypedData(domain, message),
  });
  return { ...message, chainId: p.chainId, token: p.token, delegator: address, signature };
}
