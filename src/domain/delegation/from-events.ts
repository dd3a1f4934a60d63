import type { Address } from "viem";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import { parseDescription } from "@/domain/proposals/description";
import { voteParts } from "@/domain/votes/fractional";
import type { CastVote, ProposalRef } from "./votes";

/** The governor's proposals as delegation stats need them (from ProposalCreated logs). */
export function proposalRefs(events: readonly DaoEvent[], governor: Address): ProposalRef[] {
  const g = governor.toLowerCase();
  return eventsNamed(events, "ProposalCreated")
    .filter((e) => e.address.toLowerCase() === g)
    .map((e) => ({
      id: e.args.proposalId,
      title: parseDescription(e.args.description).title,
      proposer: e.args.proposer.toLowerCase(),
      snapshot: e.args.voteStart,
      voteEnd: e.args.voteEnd,
      blockNumber: e.blockNumber,
    }));
}

/** The governor's votes (VoteCast and VoteCastWithParams, fractional splits decoded), voters lower-cased, in
 * chain order; a vote whose support this cannot read is left out. */
export function castVotes(events: readonly DaoEvent[], governor: Address): CastVote[] {
  const out: CastVote[] = [];
  const g = governor.toLowerCase();
  for (const e of events) {
    if (e.eventName !== "VoteCast" && e.eventName !== "VoteCastWithParams") continue;
    if (e.address.toLowerCase() !== g) continue;
    const params = e.eventName === "VoteCastWithParams" ? e.args.params : undefined;
    const parts = voteParts({ support: e.args.support, weight: e.args.weight, params });
    const [only] = parts ?? [];
    if (!parts || !only) continue;
    // A fractional vote of one side (e.g. all For) reads as that side; several sides read as a split.
    out.push({
      proposalId: e.args.proposalId,
      voter: e.args.voter.toLowerCase(),
      ...(parts.length > 1 ? { support: "split" as const, parts } : { support: only.support }),
      weight: e.args.weight,
      reason: e.args.reason,
      blockNumber: e.blockNumber,
      transactionHash: e.transactionHash,
    });
  }
  return out;
}
