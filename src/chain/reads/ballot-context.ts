import { type Address, type PublicClient, recoverTypedDataAddress } from "viem";
import { type BallotDomain, ballotTypedData, type SignedBallot } from "@/contracts/ballot-eip712";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";

/** The chain's answers about a ballot: state (enum value), the voter's nonce and vote, and who really signed. */
export type BallotContextRead = {
  chainId: number;
  state: number;
  currentNonce: bigint;
  hasVoted: boolean;
  signer: Address | null;
};

/** The governor's EIP-712 domain and a voter's next nonce, in one pinned read. */
export async function readBallotDomain(
  client: PublicClient,
  governor: Address,
  voter: Address,
): Promise<{ domain: BallotDomain; nonce: bigint }> {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 });
  const [domain, nonce] = await client.multicall({
    allowFailure: false,
    blockNumber,
    deployless: !client.chain?.contracts?.multicall3,
    contracts: [
      { ...gov, functionName: "eip712Domain" },
      { ...gov, functionName: "nonces", args: [voter] },
    ],
  });
  const [, name, version, chainId, verifyingContract] = domain;
  return { domain: { name, version, chainId: Number(chainId), verifyingContract }, nonce };
}

/** Everything needed to judge a ballot before submitting it: chain, state, nonce, hasVoted and the real signer. */
export async function readBallotContext(
  client: PublicClient,
  governor: Address,
  ballot: SignedBallot,
): Promise<BallotContextRead> {
  const chainId = client.chain?.id ?? (await client.getChainId());
  const { domain, nonce } = await readBallotDomain(client, governor, ballot.voter);
  const [state, hasVoted] = await Promise.all([
    client.readContract({
      address: governor,
      abi: ozGovernorAbi,
      functionName: "state",
      args: [ballot.proposalId],
    }),
    client.readContract({
      address: governor,
      abi: ozGovernorAbi,
      functionName: "hasVoted",
      args: [ballot.proposalId, ballot.voter],
    }),
  ]);
  const signer = await recoverTypedDataAddress({
    ...ballotTypedData({ ...domain, chainId: ballot.chainId, verifyingContract: ballot.governor }, ballot),
    signature: ballot.signature,
  }).catch(() => null);
  return { chainId, state, currentNonce: nonce, hasVoted, signer };
}
