import { type Address, type PublicClient, recoverTypedDataAddress } from "viem";
import { type BallotDomain, ballotTypedData, type SignedBallot } from "@/contracts/ballot-eip712";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";

/** The chain's answers about a ballot: state (enum value), the voter's nonce and vote, and who really signed,
 * all as of `blockNumber`. */
export type BallotContextRead = {
  chainId: number;
  blockNumber: bigint;
  state: number;
  currentNonce: bigint;
  hasVoted: boolean;
  signer: Address | null;
};

/** The block to read at: the page's pinned block when given, else the head, read once so that every answer
 * of one read comes from the same block. */
const blockOf = (client: PublicClient, blockNumber?: bigint) =>
  blockNumber ?? client.getBlockNumber({ cacheTime: 0 });

const domainOf = (d: readonly [unknown, string, string, bigint, Address, ...unknown[]]): BallotDomain => ({
  name: d[1],
  version: d[2],
  chainId: Number(d[3]),
  verifyingContract: d[4],
});

/** The governor's EIP-712 domain and a voter's next nonce, in one read at `blockNumber` (default: the head, as
 * signing needs the nonce the governor will check next). */
export async function readBallotDomain(
  client: PublicClient,
  governor: Address,
  voter: Address,
  blockNumber?: bigint,
): Promise<{ domain: BallotDomain; nonce: bigint }> {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const [domain, nonce] = await client.multicall({
    allowFailure: false,
    blockNumber: await blockOf(client, blockNumber),
    deployless: !client.chain?.contracts?.multicall3,
    contracts: [
      { ...gov, functionName: "eip712Domain" },
      { ...gov, functionName: "nonces", args: [voter] },
    ],
  });
  return { domain: domainOf(domain), nonce };
}

/** Everything needed to judge a ballot before submitting it, in one multicall pinned to `blockNumber` (pass
 * the page's block, so the check agrees with the rest of the page): chain, state, nonce, hasVoted, signer. */
export async function readBallotContext(
  client: PublicClient,
  governor: Address,
  ballot: SignedBallot,
  blockNumber?: bigint,
): Promise<BallotContextRead> {
  const chainId = client.chain?.id ?? (await client.getChainId());
  const block = await blockOf(client, blockNumber);
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const [domain, nonce, state, hasVoted] = await client.multicall({
    allowFailure: false,
    blockNumber: block,
    deployless: !client.chain?.contracts?.multicall3,
    contracts: [
      { ...gov, functionName: "eip712Domain" },
      { ...gov, functionName: "nonces", args: [ballot.voter] },
      { ...gov, functionName: "state", args: [ballot.proposalId] },
      { ...gov, functionName: "hasVoted", args: [ballot.proposalId, ballot.voter] },
    ],
  });
  const d = domainOf(domain);
  const signer = await recoverTypedDataAddress({
    ...ballotTypedData({ ...d, chainId: ballot.chainId, verifyingContract: ballot.governor }, ballot),
    signature: ballot.signature,
  }).catch(() => null);
  return { chainId, blockNumber: block, state, currentNonce: nonce, hasVoted, signer };
}
