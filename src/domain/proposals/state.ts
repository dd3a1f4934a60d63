/** OpenZeppelin Governor's ProposalState enum, in on-chain order. */
export const PROPOSAL_STATES = [
  "Pending",
  "Active",
  "Canceled",
  "Defeated",
  "Succeeded",
  "Queued",
  "Expired",
  "Executed",
] as const;

export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** Maps the uint8 returned by `state(proposalId)` to its name; throws on a value the standard does not define. */
export function proposalStateName(value: number): ProposalState {
  const name = PROPOSAL_STATES[value];
  if (name === undefined) throw new RangeError(`Unknown proposal state ${value}`);
  return name;
}

/** Whether a proposal in this state can still change outcome without an execution step. */
export function isOpenState(state: ProposalState): boolean {
  return state === "Pending" || state === "Active";
}
