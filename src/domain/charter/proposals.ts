import type { Address } from "viem";
import { type DaoEvent, eventsNamed } from "../events/decode";
import { parseDescription } from "../proposals/description";
import type { ProposalState } from "../proposals/state";
import { actionsOf } from "./actions";
import { proposalOutcomes } from "./events";
import type { CharterProposal } from "./model";

/** The governor's proposals from its logs, with how they ended; `states` (read at the head) when known. */
export function charterProposalsFrom(
  events: readonly DaoEvent[],
  governor: Address,
  states?: ReadonlyMap<bigint, ProposalState>,
): CharterProposal[] {
  const { executed, canceled } = proposalOutcomes(events, governor);
  const fromGovernor = events.filter((e) => e.address.toLowerCase() === governor.toLowerCase());
  return eventsNamed(fromGovernor, "ProposalCreated").map((e) => ({
    id: e.args.proposalId,
    title: parseDescription(e.args.description).title,
    actions: actionsOf(e.args),
    createdBlock: e.blockNumber,
    executed: executed.get(e.args.proposalId) ?? null,
    canceledBlock: canceled.get(e.args.proposalId) ?? null,
    state: states?.get(e.args.proposalId) ?? null,
  }));
}
