import type { Address } from "viem";
import type { Config } from "wagmi";
import { getAccount, signTypedData, switchChain } from "wagmi/actions";
import { ballotTypedData, type SignedBallot } from "@/contracts/ballot-eip712";
import { getPublicClient } from "../client";
import { readBallotDomain } from "../reads/ballot-context";

/** Signs an EIP-712 ballot with the connected wallet (domain and nonce read from the governor); sends nothing. */
export async function signBallot(
  config: Config,
  p: { chainId: number; governor: Address; proposalId: bigint; support: number },
): Promise<SignedBallot> {
  const account = getAccount(config);
  if (!account.address) throw new Error("Connect a wallet first.");
  if (account.chainId !== p.chainId) await switchChain(config, { chainId: p.chainId });
  const { domain, nonce } = await readBallotDomain(getPublicClient(p.chainId), p.governor, account.address);
  const ballot = { proposalId: p.proposalId, support: p.support, voter: account.address, nonce };
  const signature = await signTypedData(config, {
    account: account.address,
    ...ballotTypedData(domain, ballot),
  });
  return { ...ballot, chainId: p.chainId, governor: p.governor, signature };
}
