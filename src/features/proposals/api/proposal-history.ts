import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import type { LifecycleEvents } from "@/domain/proposals/timeline";
import { supportFromValue, type Vote } from "@/domain/votes/vote";

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
    const support = supportFromValue(e.args.support);
    if (support === null) continue;
    of(e.args.proposalId).votes.push({
      voter: e.args.voter,
      support,
      weight: e.args.weight,
      reason: e.args.reason,
      blockNumber: BigInt(e.blockNumber),
      transactionHash: e.transactionHash,
    });
  }
  return map;
}
