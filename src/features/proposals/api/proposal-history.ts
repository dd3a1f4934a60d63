import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import type { LifecycleEvents } from "@/domain/proposals/timeline";
import { FRACTIONAL_SUPPORT, voteParts } from "@/domain/votes/fractional";
import type { Vote } from "@/domain/votes/vote";

/** A proposal's logged life: lifecycle events (without times yet) and its votes in chain order. */
export type ProposalHistory = { lifecycle: Omit<LifecycleEvents, "created">; votes: Vote[] };

const at = (e: DaoEvent) => ({ block: BigInt(e.blockNumber), time: null });

/** Groups a governor's lifecycle and vote logs by proposal id. */
export function proposalHistories(events: readonly DaoEvent[]): Map<bigint, ProposalHistory> {
  const map = new Map<bigint, ProposalHistory>();
  const of = (id: bigint) => {
    let h = map.get(id);
    if (!h) {
      h = { lifecycle: {}, votes: [] };
      map.set(id, h);
    }
    return h;
  };
  for (const e of eventsNamed(events, "ProposalQueued")) of(e.args.proposalId).lifecycle.queued = at(e);
  for (const e of eventsNamed(events, "ProposalExecuted")) of(e.args.proposalId).lifecycle.executed = at(e);
  for (const e of eventsNamed(events, "ProposalCanceled")) of(e.args.proposalId).lifecycle.canceled = at(e);
  for (const e of eventsNamed(events, "ProposalExtended"))
    of(e.args.proposalId).lifecycle.extendedTo = e.args.extendedDeadline;
  const votes = [...eventsNamed(events, "VoteCast"), ...eventsNamed(events, "VoteCastWithParams")];
  for (const e of votes) {
    // A fractional vote (support 255) is one log split over up to three supports: one row per part.
    const params = "params" in e.args ? e.args.params : undefined;
    const parts = voteParts({ support: e.args.support, weight: e.args.weight, params });
    for (const part of parts ?? []) {
      const vote: Vote = {
        voter: e.args.voter,
        support: part.support,
        weight: part.weight,
        reason: e.args.reason,
        blockNumber: BigInt(e.blockNumber),
        transactionHash: e.transactionHash,
      };
      if (e.args.support === FRACTIONAL_SUPPORT) vote.split = true;
      of(e.args.proposalId).votes.push(vote);
    }
  }
  return map;
}
