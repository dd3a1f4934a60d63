import { type Address, type Hex, keccak256, stringToHex } from "viem";
import { proposalCategory } from "../actions/category";
import { decodeActions } from "../actions/decode";
import type { KnownContract } from "../actions/types";
import { parseDescription } from "./description";
import type { Proposal } from "./proposal";
import { proposalStateName } from "./state";

/** The content of a ProposalCreated log. */
export type CreatedLog = {
  proposalId: bigint;
  proposer: Address;
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  voteStart: bigint;
  voteEnd: bigint;
  description: string;
  blockNumber: bigint;
};

/** The governor's view of one proposal at the pinned block (from readProposalStatuses). */
export type StatusLike = {
  id: bigint;
  state: number | null;
  votes: { against: bigint; for: bigint; abstain: bigint } | null;
  deadline: bigint | null;
  eta: bigint | null;
  quorum: bigint | null;
};

/** Joins logged proposals with their pinned status; a proposal the governor does not know is dropped. */
export function assembleProposals(
  created: readonly CreatedLog[],
  statuses: readonly StatusLike[],
  known: readonly KnownContract[],
  /** Lowercased targets that held no code at the pinned block. */
  codeless: ReadonlySet<string> = new Set(),
): Proposal[] {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  return created.flatMap((c): Proposal[] => {
    const s = byId.get(c.proposalId);
    if (!s || s.state === null) return [];
    const actions = c.targets.map((target, i) => ({
      target,
      value: c.values[i] ?? 0n,
      calldata: c.calldatas[i] ?? "0x",
    }));
    const decoded = decodeActions(actions, known, codeless);
    return [
      {
        id: c.proposalId,
        proposer: c.proposer,
        actions,
        decoded,
        category: proposalCategory(decoded),
        description: parseDescription(c.description),
        descriptionHash: keccak256(stringToHex(c.description)),
        createdBlock: c.blockNumber,
        voteStart: c.voteStart,
        voteEnd: s.deadline ?? c.voteEnd,
        state: proposalStateName(s.state),
        tally: s.votes ?? { against: 0n, for: 0n, abstain: 0n },
        quorum: s.quorum,
        eta: s.eta !== null && s.eta > 0n ? s.eta : null,
      },
    ];
  });
}
