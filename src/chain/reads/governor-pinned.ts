import type { Address, Hex, PublicClient } from "viem";
import { keccak256, stringToHex } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { pinnedMulticall, settledOrNull } from "./multicall";

type Content = {
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  description: string;
};
type Votes = { against: bigint; for: bigint; abstain: bigint };

/** The governor's answers for one proposal the logs cannot settle (null: that call reverted). */
export type GovernorStatusRead = {
  id: bigint;
  state: number | null;
  votes: Votes | null;
  deadline: bigint | null;
  eta: bigint | null;
  quorum: bigint | null;
};

/** What a page visit asks the governor, in one multicall pinned to one block. */
export type PinnedGovernorAsk = {
  /** One proposal's content, whose `hashProposal` says whether ids are content hashes. */
  sample?: Content | undefined;
  /** The proposals to read (state, votes, deadline, eta), each with quorum(snapshot) where `quorum` is set. */
  open: readonly { id: bigint; quorumAt: bigint | null }[];
};

/** Reads `clock()`, `hashProposal(sample)` and, per open proposal, state, proposalVotes, proposalDeadline, proposalEta and
 * quorum(snapshot), all in one multicall at `block` (viem splits it into as few eth_calls as its size allows). */
export async function readPinnedGovernor(
  client: PublicClient,
  governor: Address,
  ask: PinnedGovernorAsk,
  block: bigint,
): Promise<{ clock: bigint | null; hashFromGovernor: bigint | null; statuses: GovernorStatusRead[] }> {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const s = ask.sample;
  const hashCall = s
    ? [
        {
          ...gov,
          functionName: "hashProposal",
          args: [s.targets, s.values, s.calldatas, keccak256(stringToHex(s.description))],
        } as const,
      ]
    : [];
  const perOpen = ask.open.flatMap(({ id, quorumAt }) => [
    { ...gov, functionName: "state", args: [id] } as const,
    { ...gov, functionName: "proposalVotes", args: [id] } as const,
    { ...gov, functionName: "proposalDeadline", args: [id] } as const,
    { ...gov, functionName: "proposalEta", args: [id] } as const,
    // quorum(t) reverts for t >= clock(): asked only for snapshots already in the past.
    ...(quorumAt === null ? [] : [{ ...gov, functionName: "quorum", args: [quorumAt] } as const]),
  ]);
  // clock() at the block: the exact "now" the states are compared at (a timestamp clock's value is the
  // block's time, which the logs only bound from below).
  const contracts = [{ ...gov, functionName: "clock" } as const, ...hashCall, ...perOpen];
  const results = await client.multicall({ ...pinnedMulticall(client, block), contracts });
  const at = <T>(i: number): T | null => {
    const r = results[i];
    return r ? (settledOrNull(r as Parameters<typeof settledOrNull<T>>[0]) as T | null) : null;
  };
  const base = 1 + hashCall.length;
  let i = base;
  const statuses = ask.open.map(({ id, quorumAt }): GovernorStatusRead => {
    const v = at<readonly [bigint, bigint, bigint]>(i + 1);
    const read: GovernorStatusRead = {
      id,
      state: at<number>(i),
      votes: v ? { against: v[0], for: v[1], abstain: v[2] } : null,
      deadline: at<bigint>(i + 2),
      eta: at<bigint>(i + 3),
      quorum: quorumAt === null ? null : at<bigint>(i + 4),
    };
    i += quorumAt === null ? 4 : 5;
    return read;
  });
  const clock = at<number>(0);
  return {
    clock: clock === null ? null : BigInt(clock),
    hashFromGovernor: hashCall.length ? at<bigint>(1) : null,
    statuses,
  };
}
