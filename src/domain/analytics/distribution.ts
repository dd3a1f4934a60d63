/** Holdings grouped on a log scale, and ranked voting power. Amounts stay bigint. */

/** One log-scale bucket of balances: holders with at least `from` and less than `to` whole units. */
export type BalanceBucket = {
  /** Lower bound in whole units (10^k), or 0 for the "less than one unit" bucket. */
  from: bigint;
  /** Upper bound in whole units (exclusive). */
  to: bigint;
  holders: number;
  /** Raw sum of the bucket's balances. */
  total: bigint;
};

/** Buckets non-zero balances by powers of ten of whole units (10^decimals raw; decimals 0 for NFTs):
 * [0, 1), [1, 10), [10, 100), … up to the largest balance, empty buckets in between included. */
export function balanceBuckets(balances: Iterable<bigint>, decimals: number): BalanceBucket[] {
  const unit = 10n ** BigInt(decimals);
  const counts = new Map<number, { holders: number; total: bigint }>();
  let top = -1;
  for (const b of balances) {
    if (b <= 0n) continue;
    const whole = b / unit;
    // -1 is the fractional bucket; otherwise the number of digits minus one.
    const k = whole === 0n ? -1 : whole.toString().length - 1;
    const c = counts.get(k) ?? { holders: 0, total: 0n };
    c.holders++;
    c.total += b;
    counts.set(k, c);
    if (k > top) top = k;
  }
  if (counts.size === 0) return [];
  const low = counts.has(-1) ? -1 : Math.min(...counts.keys());
  const out: BalanceBucket[] = [];
  for (let k = low; k <= top; k++) {
    const c = counts.get(k) ?? { holders: 0, total: 0n };
    out.push({ from: k < 0 ? 0n : 10n ** BigInt(k), to: 10n ** BigInt(k + 1), ...c });
  }
  return out;
}

/** A delegate and its voting power. */
export type Ranked = { address: string; votes: bigint };

/** Delegates by voting power, largest first (ties by address so the order is stable); zeros left out. */
export function rankByVotes(votes: ReadonlyMap<string, bigint>): Ranked[] {
  return [...votes]
    .filter(([, v]) => v > 0n)
    .map(([address, v]) => ({ address, votes: v }))
    .sort((a, b) => (a.votes === b.votes ? (a.address < b.address ? -1 : 1) : a.votes > b.votes ? -1 : 1));
}

/** The middle value (the lower of the two middles for an even count, so it is always an observed turnout);
 * null for none. */
export function medianOf(values: readonly bigint[]): bigint | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}
