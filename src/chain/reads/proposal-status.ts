import type { Address, PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { fillFromBravo } from "./bravo-status";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** What the governor says about one proposal at one block. */
export type ProposalStatusRead = {
  id: bigint;
  state: number | null;
  votes: { against: bigint; for: bigint; abstain: bigint } | null;
  snapshot: bigint | null;
  /** proposalDeadline: includes late-quorum extensions. */
  deadline: bigint | null;
  eta: bigint | null;
  needsQueuing: boolean | null;
  /** quorum(snapshot), once the snapshot is in the past. */
  quorum: bigint | null;
};

const PER_PROPOSAL = 6;

/** Reads state, votes, snapshot, deadline, eta and queuing need of many proposals in one multicall at one block. */
export async function readProposalStatuses(
  client: PublicClient,
  governor: Address,
  ids: readonly bigint[],
  blockNumber: bigint,
  clock: bigint,
): Promise<ProposalStatusRead[]> {
  if (ids.length === 0) return [];
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const results = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: ids.flatMap(
      (id) =>
        [
          { ...gov, functionName: "state", args: [id] },
          { ...gov, functionName: "proposalVotes", args: [id] },
          { ...gov, functionName: "proposalSnapshot", args: [id] },
          { ...gov, functionName: "proposalDeadline", args: [id] },
          { ...gov, functionName: "proposalEta", args: [id] },
          { ...gov, functionName: "proposalNeedsQueuing", args: [id] },
        ] as const,
    ),
  });
  const statuses = ids.map((id, i): ProposalStatusRead => {
    const at = <T>(k: number) =>
      settledOrNull(results[i * PER_PROPOSAL + k] as Parameters<typeof settledOrNull<T>>[0]);
    const votes = at<readonly [bigint, bigint, bigint]>(1);
    return {
      id,
      state: at<number>(0),
      votes: votes ? { against: votes[0], for: votes[1], abstain: votes[2] } : null,
      snapshot: at<bigint>(2),
      deadline: at<bigint>(3),
      eta: at<bigint>(4),
      needsQueuing: at<boolean>(5),
      quorum: null,
    };
  });
  // Compound-lineage governors (and OZ's Bravo-compatible counting) have no proposalVotes: proposals(id) has it.
  await fillFromBravo(client, governor, statuses, blockNumber);
  // quorum(t) reverts for t >= clock(): only ask for snapshots already in the past.
  const settled = statuses.filter((s) => s.snapshot !== null && s.snapshot < clock);
  const quorums = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: settled.map((s) => ({ ...gov, functionName: "quorum", args: [s.snapshot ?? 0n] }) as const),
  });
  settled.forEach((s, i) => {
    const q = quorums[i];
    s.quorum = q ? (settledOrNull(q) ?? s.quorum) : s.quorum;
  });
  return statuses;
}
