import type { ProposalState } from "@/domain/proposals/state";
import { closedVotingSentence } from "@/domain/proposals/wording";

/** What decides whether this account can vote on this proposal now. */
export type VoteContext = {
  connected: boolean;
  /** Not a blocker: on another chain, the vote asks the wallet to switch first and sends nothing until it has. */
  onRightChain: boolean;
  state: ProposalState;
  /** Voting power at the proposal's snapshot; null while unknown. */
  power: bigint | null;
  hasVoted: boolean | null;
  chainName: string;
  /** Why the power could not be read, when it could not (else the form would say "Checking…" forever). */
  powerError?: string | null;
};

/** Why the vote button is disabled, in plain words; null when voting is possible. Order matters: first blocker wins. */
export function voteBlocker(c: VoteContext): string | null {
  if (c.state === "Pending") return "Voting has not started yet.";
  if (c.state !== "Active") return closedVotingSentence(c.state);
  if (!c.connected) return "Connect a wallet to vote.";
  if (c.hasVoted) return "This account has already voted on this proposal.";
  if (c.powerError) return `Could not read your voting power: ${c.powerError}`;
  if (c.power === null || c.hasVoted === null) return "Checking your voting power…";
  if (c.power === 0n) {
    return "This account had no voting power at the proposal's snapshot (delegate to yourself before a proposal starts to vote on it).";
  }
  return null;
}
