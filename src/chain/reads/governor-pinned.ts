import type { Address, Hex, PublicClient } from "viem";
import { keccak256, stringToHex } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { alphaProposalsAbi, bravoProposalsAbi, compoundGovernorAbi } from "./bravo-abi";
import type { AlphaTuple, BravoTuple } from "./bravo-proposals";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** A proposal's content as the governor's getProposalId / hashProposal take it. */
export type Content = {
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  description: string;
};
/** proposalVotes' answer. */
export type Votes = { against: bigint; for: bigint; abstain: bigint };
type Settled<T> = Parameters<typeof settledOrNull<T>>[0];

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
  /** Proposals whose id is not their content's hash: `getProposalId(content)` is asked (sequential ids). */
  unhashed?: readonly (Content & { proposalId: bigint })[];
  /** The proposals to read (state, votes, deadline, eta), each with quorum(snapshot) where `quorum` is set. */
  open: readonly { id: bigint; quorumAt: bigint | null }[];
  /** Where the governor keeps its tally: OZ's `proposalVotes`, or Compound's `proposals(id)` (Alpha, Bravo and
   * OZ's Bravo-compatible module), read with `quorumVotes()`; `compound` skips OZ-only calls (Alpha, Bravo). */
  tallyFrom: "proposalVotes" | "proposals";
  compound: boolean;
};

/** The description hash OZ governors take beside the actions. */
export const descriptionHash = (c: Content) => keccak256(stringToHex(c.description));

/** The OZ calls for one open proposal, in the order `readPinnedGovernor` reads them back. */
function ozCalls(gov: { address: Address; abi: typeof ozGovernorAbi }, ask: PinnedGovernorAsk, id: bigint) {
  const q = ask.open.find((o) => o.id === id)?.quorumAt ?? null;
  return [
    { ...gov, functionName: "state", args: [id] } as const,
    ...(ask.tallyFrom === "proposalVotes"
      ? [{ ...gov, functionName: "proposalVotes", args: [id] } as const]
      : []),
    ...(ask.compound
      ? []
      : [
          { ...gov, functionName: "proposalDeadline", args: [id] } as const,
          { ...gov, functionName: "proposalEta", args: [id] } as const,
          // quorum(t) reverts for t >= clock(): asked only for snapshots already in the past.
          ...(q === null ? [] : [{ ...gov, functionName: "quorum", args: [q] } as const]),
        ]),
  ];
}

/** Reads `clock()`, `hashProposal(sample)`, `getProposalId` of unhashed content and, per open proposal, state,
 * the tally, proposalDeadline, proposalEta and quorum(snapshot) (Compound-style governors: `proposals(id)` and
 * `quorumVotes()`), all in one multicall at `block` (viem splits it into as few eth_calls as its size allows). */
export async function readPinnedGovernor(
  client: PublicClient,
  governor: Address,
  ask: PinnedGovernorAsk,
  block: bigint,
): Promise<{
  clock: bigint | null;
  hashFromGovernor: bigint | null;
  governorIds: Map<bigint, bigint | null>;
  statuses: GovernorStatusRead[];
}> {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const s = ask.sample;
  const head = [
    // clock() at the block: the exact "now" the states are compared at (a timestamp clock's value is the
    // block's time, which the logs only bound from below).
    { ...gov, functionName: "clock" } as const,
    ...(s
      ? [
          {
            ...gov,
            functionName: "hashProposal",
            args: [s.targets, s.values, s.calldatas, descriptionHash(s)],
          } as const,
        ]
      : []),
  ];
  const unhashed = ask.unhashed ?? [];
  const idCalls = unhashed.map(
    (c) =>
      ({
        ...gov,
        functionName: "getProposalId",
        args: [c.targets, c.values, c.calldatas, descriptionHash(c)],
      }) as const,
  );
  const perOpen = ask.open.map(({ id }) => ozCalls(gov, ask, id));
  const compound =
    ask.tallyFrom === "proposals" && ask.open.length > 0
      ? [
          { address: governor, abi: compoundGovernorAbi, functionName: "quorumVotes" } as const,
          ...ask.open.flatMap(({ id }) => [
            { address: governor, abi: bravoProposalsAbi, functionName: "proposals", args: [id] } as const,
            { address: governor, abi: alphaProposalsAbi, functionName: "proposals", args: [id] } as const,
          ]),
        ]
      : [];
  const contracts = [...head, ...idCalls, ...perOpen.flat(), ...compound];
  const results = await client.multicall({ ...pinnedMulticall(client, block), contracts });
  let i = 0;
  const next = <T>(): T | null => {
    const r = results[i++] as Settled<T> | undefined;
    return r ? settledOrNull(r) : null;
  };
  const clock = next<number>();
  const hashFromGovernor = s ? next<bigint>() : null;
  const governorIds = new Map(unhashed.map((c) => [c.proposalId, next<bigint>()] as const));
  const statuses = ask.open.map(({ id, quorumAt }): GovernorStatusRead => {
    const state = next<number>();
    const v = ask.tallyFrom === "proposalVotes" ? next<readonly [bigint, bigint, bigint]>() : null;
    const oz = !ask.compound;
    return {
      id,
      state,
      votes: v ? { against: v[0], for: v[1], abstain: v[2] } : null,
      deadline: oz ? next<bigint>() : null,
      eta: oz ? next<bigint>() : null,
      quorum: oz && quorumAt !== null ? next<bigint>() : null,
    };
  });
  if (compound.length > 0) fillFromProposals(statuses, next);
  return { clock: clock === null ? null : BigInt(clock), hashFromGovernor, governorIds, statuses };
}

/** Fills each open proposal's tally (and, where OZ's reads were skipped, deadline and eta) from `proposals(id)`
 * in Bravo's ten-field shape, else Alpha's nine; quorum(snapshot) where read wins over the constant quorumVotes. */
function fillFromProposals(statuses: GovernorStatusRead[], next: <T>() => T | null) {
  const quorumVotes = next<bigint>();
  for (const s of statuses) {
    const ten = next<BravoTuple>();
    const nine = next<AlphaTuple>();
    const p = ten
      ? { eta: ten[2], endBlock: ten[4], votes: { for: ten[5], against: ten[6], abstain: ten[7] } }
      : nine
        ? { eta: nine[2], endBlock: nine[4], votes: { for: nine[5], against: nine[6], abstain: 0n } }
        : null;
    if (!p) continue;
    s.votes = p.votes;
    s.deadline ??= p.endBlock;
    s.eta ??= p.eta;
    s.quorum ??= quorumVotes;
  }
}
