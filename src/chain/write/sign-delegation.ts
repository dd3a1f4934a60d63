import type { Address } from "viem";
import type { Config } from "wagmi";
import { getAccount, signTypedData, switchChain } from "wagmi/actions";
import { delegationTypedData, type SignedDelegation } from "@/contracts/delegation-eip712";
import { getPublicClient } from "../client";
import { readDelegationHolder, readTokenDomain } from "../reads/delegation-holder";

/** Signs an EIP-712 Delegation with the connected wallet (domain and nonce read from the token); sends nothing. */
export async function signDelegation(
  config: Config,
  p: { chainId: number; token: Address; delegatee: Address; expiry: bigint },
): Promise<SignedDelegation> {
  const account = getAccount(config);
  if (!account.address) throw new Error("Connect a wallet first.");
  if (account.chainId !== p.chainId) await switchChain(config, { chainId: p.chainId });
  const client = getPublicClient(p.chainId);
  const [domain, holder] = await Promise.all([
    readTokenDomain(client, p.token),
    readDelegationHolder(client, p.token, account.address),
  ]);
  const message = { delegatee: p.delegatee, nonce: holder.nonce, expiry: p.expiry };
  const signature = await signTypedData(config, {
    account: account.address,
    ...delegationTypedData(domain, message),
  });
  return { ...message, chainId: p.chainId, token: p.token, delegator: account.address, signature };
}
