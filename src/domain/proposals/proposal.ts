import type { Address, Hex } from "viem";
import type { CountingMode } from "@/domain/dao/quorum";
import { quorumVotes, type Tally, voteSucceeded } from "@/domain/votes/tally";
import type { ProposalCategory } from "../actions/category";
import type { Action, DecodedAction } from "../actions/types";
import type { ParsedDescription } from "./description";
import type { ProposalState } from "./state";

/** A proposal as the app shows it: logged content joined with its state and tally at one pinned block. */
export type Proposal = {
  id: bigint;
  proposer: Address;
  actions: Action[];
  decoded: DecodedAction[];
  category: ProposalCategory;
  description: ParsedDescription;
  descriptionHash: Hex;
  createdBlock: bigint;
  /** Clock values (blocks or seconds, per the governor's CLOCK_MODE). */
  voteStart: bigint;
  voteEnd: bigint;
  state: ProposalState;
  tally: Tally;
  /** Votes needed, read as quorum(voteStart); null before the snapshot exists. */
  quorum: bigint | null;
  /** Timelock eta in seconds, when queued. */
  eta: bigint | null;
};

/** Why a Defeated proposal lost: "quorum" when too few counted votes, "votes" when For did not beat Against. */
export function defeatReason(
  tally: Tally,
  quorum: bigint | null,
  mode: CountingMode | null,
): "quorum" | "votes" | "unknown" {
  if (quorum !== null && quorumVotes(tally, mode) < quorum) return "quorum";
  if (!voteSucceeded(tally)) return "votes";
  return "unknown";
}

/** The state in a person's words, with the reason for a defeat. */
export function stateLabel(
  p: Pick<Proposal, "state" | "tally" | "quorum">,
  mode: CountingMode | null,
): string {
  if (p.state !== "Defeated") return p.state;
  const why = defeatReason(p.tally, p.quorum, mode);
  return why === "quorum" ? "Defeated (no quorum)" : why === "votes" ? "Defeated (votes)" : "Defeated";
}
