import { medianOf } from "./distribution";

/** What it takes to pass a proposal alone, from the turnout of recent proposals. */
export type CaptureCost = {
  /** How many proposals the median was taken over. */
  sample: number;
  medianTurnout: bigint | null;
  quorum: bigint | null;
  /** Votes a single voter needs: more For than the median turnout voting Against, and at least quorum. */
  votesNeeded: bigint | null;
};

/**
 * The cost of capture: if everyone who usually votes (the median turnout of the last proposals) voted
 * Against, a single voter passes a proposal with one vote more than that, and never with less than quorum.
 * ERC20Votes and ERC721Votes give one vote per token (unit), so the votes needed are also the tokens needed,
 * self-delegated before the proposal's snapshot. Null when no proposal had any vote and quorum is unknown.
 */
export function captureCost(turnouts: readonly bigint[], quorum: bigint | null): CaptureCost {
  const median = medianOf(turnouts);
  const byTurnout = median === null ? null : median + 1n;
  const votesNeeded =
    byTurnout === null ? quorum : quorum === null ? byTurnout : byTurnout > quorum ? byTurnout : quorum;
  return { sample: turnouts.length, medianTurnout: median, quorum, votesNeeded };
}
