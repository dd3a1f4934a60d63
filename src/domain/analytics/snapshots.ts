import type { TokenChange } from "./token-replay";

/** How a governor's timepoints count: blocks, or seconds (ERC-6372 timestamp clocks). */
export type ClockKind = "blocknumber" | "timestamp";

/**
 * Delegated supply (the sum of all delegates' votes) at each timepoint, counting changes at or before it, as
 * `getPastTotalSupply`-style checkpoints do. On a timestamp clock a change without a logged time makes every
 * answer unknowable (null) rather than guessed.
 */
export function delegatedAt(
  changes: readonly TokenChange[],
  timepoints: readonly number[],
  clock: ClockKind,
): (bigint | null)[] {
  const out: (bigint | null)[] = timepoints.map(() => null);
  if (clock === "timestamp" && changes.some((c) => c.at.timestamp === undefined)) return out;
  const order = timepoints.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const when = (c: TokenChange) => (clock === "timestamp" ? (c.at.timestamp ?? 0) : c.at.blockNumber);
  const votes = new Map<string, bigint>();
  let delegated = 0n;
  let next = 0;
  for (const [t, i] of order) {
    for (; next < changes.length; next++) {
      const c = changes[next];
      if (!c || when(c) > t) break;
      if (c.kind !== "votes") continue;
      const d = c.delegate.toLowerCase();
      delegated += c.newVotes - (votes.get(d) ?? 0n);
      votes.set(d, c.newVotes);
    }
    out[i] = delegated;
  }
  return out;
}

/** The block at which each delegate first held voting power. */
export function firstPowerBlocks(changes: readonly TokenChange[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const c of changes) {
    if (c.kind !== "votes" || c.newVotes === 0n) continue;
    const d = c.delegate.toLowerCase();
    if (!first.has(d)) first.set(d, c.at.blockNumber);
  }
  return first;
}
