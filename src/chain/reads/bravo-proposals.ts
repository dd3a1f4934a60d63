import type { Address, PublicClient } from "viem";
import { alphaProposalsAbi, bravoProposalsAbi, compoundGovernorAbi } from "./bravo-abi";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** One proposal as a Compound-lineage governor stores it in `proposals(id)`. */
export type BravoProposalRead = {
  eta: bigint;
  startBlock: bigint;
  endBlock: bigint;
  /** Alpha has no abstain: 0 there. */
  votes: { against: bigint; for: bigint; abstain: bigint };
  hasAbstain: boolean;
};

/** `proposals(id)` of many ids in one multicall, tried in Bravo's ten-field shape (OZ's compatibility module,
 * GovernorBravoDelegate) and in Alpha's nine-field one. Alpha's answer is too short for the ten-field shape,
 * but Bravo's would also decode as nine fields, so the ten-field reading wins. Also `quorumVotes()`. */
export async function readBravoProposals(
  client: PublicClient,
  governor: Address,
  ids: readonly bigint[],
  blockNumber: bigint,
): Promise<{ proposals: Map<bigint, BravoProposalRead | null>; quorumVotes: bigint | null }> {
  const bravo = { address: governor, abi: bravoProposalsAbi } as const;
  const alpha = { address: governor, abi: alphaProposalsAbi } as const;
  const pinned = pinnedMulticall(client, blockNumber);
  const [[quorum], results] = await Promise.all([
    client.multicall({
      ...pinned,
      contracts: [{ address: governor, abi: compoundGovernorAbi, functionName: "quorumVotes" }] as const,
    }),
    client.multicall({
      ...pinned,
      contracts: ids.flatMap(
        (id) =>
          [
            { ...bravo, functionName: "proposals", args: [id] },
            { ...alpha, functionName: "proposals", args: [id] },
          ] as const,
      ),
    }),
  ]);
  const proposals = new Map<bigint, BravoProposalRead | null>();
  ids.forEach((id, i) => {
    const b = results[i * 2] as Parameters<typeof settledOrNull<BravoTuple>>[0] | undefined;
    const a = results[i * 2 + 1] as Parameters<typeof settledOrNull<AlphaTuple>>[0] | undefined;
    const ten = b ? settledOrNull(b) : null;
    const nine = ten ? null : a ? settledOrNull(a) : null;
    proposals.set(id, ten ? fromBravo(ten) : nine ? fromAlpha(nine) : null);
  });
  return { proposals, quorumVotes: settledOrNull(quorum) };
}

/** `proposals(id)` of GovernorBravo / OZ's compatibility module, as viem returns it. */
export type BravoTuple = readonly [
  bigint,
  Address,
  bigint,
  bigint,
  bigint,
  bigint,
  bigint,
  bigint,
  boolean,
  boolean,
];
/** `proposals(id)` of GovernorAlpha (no abstainVotes), as viem returns it. */
export type AlphaTuple = readonly [bigint, Address, bigint, bigint, bigint, bigint, bigint, boolean, boolean];

const fromBravo = (t: BravoTuple): BravoProposalRead => ({
  eta: t[2],
  startBlock: t[3],
  endBlock: t[4],
  votes: { for: t[5], against: t[6], abstain: t[7] },
  hasAbstain: true,
});

const fromAlpha = (t: AlphaTuple): BravoProposalRead => ({
  eta: t[2],
  startBlock: t[3],
  endBlock: t[4],
  votes: { for: t[5], against: t[6], abstain: 0n },
  hasAbstain: false,
});
