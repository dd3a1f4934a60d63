import type { Address } from "viem";

/** One DelegateVotesChanged log. */
export type PowerChange = { delegate: Address; newVotes: bigint; blockNumber: bigint };

/** Each delegate's voting power after replaying DelegateVotesChanged up to `atBlock` (inclusive; all when null). */
export function delegatePowerAt(
  changes: readonly PowerChange[],
  atBlock: bigint | null,
): Map<string, bigint> {
  const power = new Map<string, bigint>();
  for (const c of changes) {
    if (atBlock !== null && c.blockNumber > atBlock) continue;
    power.set(c.delegate.toLowerCase(), c.newVotes);
  }
  return power;
}

/** The heaviest delegates that have not voted, heaviest first; zero-power delegates are left out. */
export function topNonVoters(
  power: ReadonlyMap<string, bigint>,
  voters: Iterable<string>,
  limit: number,
): { delegate: string; power: bigint }[] {
  const voted = new Set([...voters].map((v) => v.toLowerCase()));
  return [...power]
    .filter(([d, p]) => p > 0n && !voted.has(d))
    .sort(([, a], [, b]) => (a === b ? 0 : a > b ? -1 : 1))
    .slice(0, limit)
    .map(([delegate, p]) => ({ delegate, power: p }));
}
