import type { StatusMismatch } from "../proposals/status-check";
import {
  type CreatedContent,
  checkProposalIds,
  type GovernorIds,
  type IdCheck,
  type IdScheme,
} from "./proposal-ids";
import { checkTallies, type Tally, type TallyCheck, type VoteLike } from "./tallies";

/** What the UI shows as "verified at block N", with every exception listed. */
export type Verification = {
  block: number;
  scheme: IdScheme;
  ids: IdCheck[];
  tallies: TallyCheck[];
  forged: bigint[];
  mismatched: bigint[];
  /** Tallies that could not be recomputed (vote kinds this app cannot split) and differ: not an alarm. */
  uncounted: bigint[];
  /** Where the logs' state, deadline, eta or quorum of a read proposal differs from the governor's. */
  statusMismatches: StatusMismatch[];
  /** Proposals whose tally (and status) was compared with the governor's; the rest are settled from logs. */
  checkedCount: number;
  /** True when every id that can be checked hashes to its content and every compared value matches. */
  verified: boolean;
};

/** Assembles a verification from logs and the governor's answers read at `block`. */
export function verifyDao(input: {
  block: number;
  scheme: IdScheme;
  created: readonly CreatedContent[];
  votes: readonly VoteLike[];
  onchainTallies: ReadonlyMap<bigint, Tally | null>;
  /** The governor's `getProposalId` for each proposal's content (sequential-id governors); empty if not read. */
  governorIds?: GovernorIds;
  /** The proposals whose tallies were read (default: every one). */
  talliesOf?: readonly bigint[];
  statusMismatches?: readonly StatusMismatch[];
}): Verification {
  const ids = checkProposalIds(input.created, input.scheme, input.governorIds);
  const statusMismatches = [...(input.statusMismatches ?? [])];
  const tallies = checkTallies(
    input.talliesOf ?? input.created.map((c) => c.proposalId),
    input.votes,
    input.onchainTallies,
  );
  const forged = ids.filter((i) => i.status === "forged").map((i) => i.proposalId);
  const mismatched = tallies.filter((t) => t.status === "mismatch").map((t) => t.proposalId);
  const uncounted = tallies.filter((t) => t.status === "uncounted").map((t) => t.proposalId);
  const unavailable = tallies.some((t) => t.status === "unavailable");
  return {
    block: input.block,
    scheme: input.scheme,
    ids,
    tallies,
    forged,
    mismatched,
    uncounted,
    statusMismatches,
    checkedCount: tallies.length,
    verified:
      forged.length === 0 &&
      mismatched.length === 0 &&
      uncounted.length === 0 &&
      statusMismatches.length === 0 &&
      !unavailable,
  };
}
