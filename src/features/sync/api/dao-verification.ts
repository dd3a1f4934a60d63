import { useMemo } from "react";
import { eventsNamed } from "@/domain/events/decode";
import type { StatusMismatch } from "@/domain/proposals/status-check";
import { type GovernorIds, idSchemeFrom } from "@/domain/verify/proposal-ids";
import type { Tally } from "@/domain/verify/tallies";
import { type Verification, verifyDao } from "@/domain/verify/verification";
import type { DaoLogs } from "./dao-logs";

/** The governor's answers of the visit's one pinned read (see the proposals area's pinned read): the sample's
 * `hashProposal`, `getProposalId` of every id that is not its content's hash (sequential-id governors), and the
 * tallies of the proposals the logs leave open, with the differences already found. */
export type PinnedAnswers = {
  block: number;
  hashFromGovernor: bigint | null;
  governorIds: GovernorIds;
  statuses: ReadonlyMap<bigint, { votes: Tally | null }>;
  mismatches: readonly StatusMismatch[];
};

/** Verifies a synced history against the pinned read at the block it covers: ids re-hashed (or mapped through
 * the governor's `getProposalId`), the open proposals' tallies recounted from the vote logs against the
 * governor's (`proposalVotes`, or `proposals(id)` on Bravo-style governors), their states, deadlines, etas and
 * quorums as the logs give them against the governor's. Null until both are there for the same block. */
export function verifyHistory(
  logs: DaoLogs | undefined,
  pinned: PinnedAnswers | undefined,
): Verification | null {
  if (!logs || !pinned || logs.syncedTo !== pinned.block) return null;
  const created = eventsNamed(logs.events, "ProposalCreated").map((e) => ({ ...e.args }));
  const votes = [
    ...eventsNamed(logs.events, "VoteCast"),
    ...eventsNamed(logs.events, "VoteCastWithParams"),
  ].map((e) => e.args);
  const ids = [...pinned.statuses.keys()];
  return verifyDao({
    block: pinned.block,
    scheme: idSchemeFrom(created, pinned.hashFromGovernor, pinned.governorIds),
    created,
    votes,
    onchainTallies: new Map(ids.map((id) => [id, pinned.statuses.get(id)?.votes ?? null])),
    governorIds: pinned.governorIds,
    talliesOf: ids,
    statusMismatches: pinned.mismatches,
  });
}

/** The verification of what `useDaoLogs` returned; the UI says "verified at block N" from `block`. */
export function useDaoVerification(logs: DaoLogs | undefined, pinned: PinnedAnswers | undefined) {
  return useMemo(() => verifyHistory(logs, pinned), [logs, pinned]);
}
