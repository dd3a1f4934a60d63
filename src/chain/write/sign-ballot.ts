import type { Address } from "viem";
import type { Config } from "wagmi";
import { signTypedData } from "wagmi/actions";
import { ballotTypedData, type SignedBallot } from "@/contracts/ballot-eip712";
import { getPublicClient } from "../client";
import { readBallotDomain } from "../reads/ballot-context";
import { ensureWalletChain } from "./contract-write-chain";

/** Signs an EIP-712 ballot with the connected wallet (domain and nonce read from the governor); sends nothing. */
export async function signBallot(
  config: Config,
  p: { chainId: number; governor: Address; proposalId: bigint; support: number },
): Promise<SignedBallot> {
  // Same guard as every transaction: nothing is signed until the wallet itself says it is on the DAO's chain.
  const address = await ensureWalletChain(config, p.chainId, "sign");
  const { domain, nonce } = await readBallotDomain(getPublicClient(p.chainId), p.governor, address);
  const ballot = { proposalId: p.proposalId, support: p.support, voter: address, nonce };
  const signature = await signTypedData(config, {
    account: address,
    ...ballotTypedData(domain, ballot),
  });
  return { ...ballot, chainId: p.chainId, governor: p.governor, signature };
}
