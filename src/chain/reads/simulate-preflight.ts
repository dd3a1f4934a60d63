import { type Abi, type Address, type Hex, keccak256, type PublicClient, stringToHex } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { type BalanceWatch, type SimAction, type Simulation, simulateActions } from "./simulate-actions";

/** Everything the pre-flight checklist shows, read at one block. */
export type PreflightRead = {
  blockNumber: bigint;
  /** The timepoint the governor checks the proposer's votes at: clock() - 1. */
  timepoint: bigint;
  votes: bigint | null;
  threshold: bigint;
  /** The id computed locally, and what the governor's own hashProposal says (null when it has none). */
  proposalId: bigint;
  governorId: bigint | null;
  /** True when a proposal with this id already exists (its snapshot is set). */
  exists: boolean;
  /** Targets called with calldata that have no code (the call does nothing but succeed). */
  noCode: Address[];
  simulation: Simulation | { error: string };
};

/** Reads the checks before publishing: votes vs threshold at clock() - 1, the proposal id and whether it
 * exists, code at each target, and a simulation of the actions as the executor. */
export async function readPreflight(
  client: PublicClient,
  p: {
    proposalId: bigint;
    governor: Address;
    executor: Address;
    proposer: Address | null;
    actions: readonly SimAction[];
    description: string;
    watch: readonly BalanceWatch[];
    errorAbi: Abi;
  },
): Promise<PreflightRead> {
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 });
  const gov = { address: p.governor, abi: ozGovernorAbi, blockNumber } as const;
  const content = {
    targets: p.actions.map((a) => a.target),
    values: p.actions.map((a) => a.value),
    calldatas: p.actions.map((a) => a.calldata) as Hex[],
  };
  const proposalId = p.proposalId;
  const descriptionHash = keccak256(stringToHex(p.description));
  const [clock, threshold, governorId] = await Promise.all([
    client.readContract({ ...gov, functionName: "clock" }).catch(() => blockNumber),
    client.readContract({ ...gov, functionName: "proposalThreshold" }),
    client
      .readContract({
        ...gov,
        functionName: "hashProposal",
        args: [content.targets, content.values, content.calldatas, descriptionHash],
      })
      .catch(() => null),
  ]);
  const timepoint = BigInt(clock) - 1n;
  const [votes, snapshot, codes, simulation] = await Promise.all([
    p.proposer
      ? client.readContract({ ...gov, functionName: "getVotes", args: [p.proposer, timepoint] })
      : Promise.resolve(null),
    client.readContract({ ...gov, functionName: "proposalSnapshot", args: [governorId ?? proposalId] }),
    Promise.all(
      [...new Set(p.actions.filter((a) => a.calldata !== "0x").map((a) => a.target))].map(
        async (t) => [t, await client.getCode({ address: t, blockNumber })] as const,
      ),
    ),
    p.actions.length
      ? simulateActions(client, {
          executor: p.executor,
          actions: p.actions,
          watch: p.watch,
          blockNumber,
          errorAbi: p.errorAbi,
        }).catch((e: unknown) => ({
          error: e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e),
        }))
      : Promise.resolve({ error: "There are no actions to simulate." }),
  ]);
  return {
    blockNumber,
    timepoint,
    votes,
    threshold,
    proposalId,
    governorId,
    exists: snapshot > 0n,
    noCode: codes.filter(([, c]) => !c || c === "0x").map(([t]) => t),
    simulation,
  };
}
