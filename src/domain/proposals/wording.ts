import type { CountingMode } from "@/domain/dao/quorum";
import { SUPPORT_LABELS, type Support } from "@/domain/votes/vote";
import { defeatReason, type Proposal } from "./proposal";
import type { ProposalState } from "./state";

/** The state as a sentence's predicate: "was canceled", "succeeded", "is queued", "has expired". */
const STATE_PHRASE: Record<ProposalState, string> = {
  Pending: "has not opened for voting yet",
  Active: "is open for voting",
  Canceled: "was canceled",
  Defeated: "was defeated",
  Succeeded: "succeeded",
  Queued: "succeeded and is queued for execution",
  Expired: "succeeded but expired before it was executed",
  Executed: "passed and was executed",
};

/** "This proposal was canceled." and the like: grammatical for every state. */
export function stateSentence(state: ProposalState): string {
  return `This proposal ${STATE_PHRASE[state]}.`;
}

/** "a For", "an Against", "an Abstain": the article a support label needs. */
export function supportWithArticle(s: Support): string {
  const label = SUPPORT_LABELS[s];
  return `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`;
}

/** Why voting is closed, in words: "Voting is closed: this proposal succeeded." */
export function closedVotingSentence(state: ProposalState): string {
  return `Voting is closed: ${stateSentence(state).charAt(0).toLowerCase()}${stateSentence(state).slice(1)}`;
}

/** A closed proposal's outcome: its state and, for a defeat, why it lost. */
export function outcomeSentence(
  p: Pick<Proposal, "state" | "tally" | "quorum">,
  mode: CountingMode | null,
): string {
  if (p.state !== "Defeated") return stateSentence(p.state);
  const why = defeatReason(p.tally, p.quorum, mode);
  if (why === "quorum") return "This proposal was defeated: too few votes counted toward quorum.";
  if (why === "votes") return "This proposal was defeated: For did not outweigh Against.";
  return stateSentence(p.state);
}

/** What an empty voters list means in this state: not yet, never, or not before the cancellation. */
export function noVotesSentence(state: ProposalState): string {
  if (state === "Pending" || state === "Active") return "Nobody has voted yet.";
  if (state === "Canceled") return "Nobody voted before it was canceled.";
  return "Nobody voted on this proposal.";
}
