/** Concentration of power or holdings: Gini, Lorenz curve, Nakamoto-style counts, top-N share. All take raw
 * bigint amounts (any order) and never lose precision before the final ratio. */

const desc = (values: readonly bigint[]) =>
  values.filter((v) => v > 0n).sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));
const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

/** `a / b` as a float with 12 significant decimals, computed on bigints (0 when b is 0). */
export function ratio(a: bigint, b: bigint): number {
  if (b === 0n) return 0;
  const scale = 1_000_000_000_000n;
  return Number((a * scale) / b) / 1e12;
}

/** Gini coefficient of the values (zeros included as holders of nothing): 0 for equal shares, 1 − 1/n when one
 * of n holds everything; 0 for an empty or all-zero set. */
export function gini(values: readonly bigint[]): number {
  const n = BigInt(values.length);
  const total = sum(values);
  if (n === 0n || total === 0n) return 0;
  const asc = [...values].sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  let weighted = 0n;
  for (const [i, v] of asc.entries()) weighted += BigInt(i + 1) * v;
  // G = 2·Σ i·x_i / (n·Σx) − (n + 1) / n
  return ratio(2n * weighted * n - (n + 1n) * n * total, n * n * total);
}

/** Lorenz curve points from (0, 0) to (1, 1): x is the share of holders (poorest first), y the share they hold. */
export function lorenz(values: readonly bigint[], maxPoints = 101): { x: number; y: number }[] {
  const asc = [...values].sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  const total = sum(asc);
  const n = asc.length;
  if (n === 0 || total === 0n) return [];
  const points = [{ x: 0, y: 0 }];
  const step = Math.max(1, Math.ceil(n / (maxPoints - 1)));
  let acc = 0n;
  for (const [i, v] of asc.entries()) {
    acc += v;
    if ((i + 1) % step === 0 || i === n - 1) points.push({ x: (i + 1) / n, y: ratio(acc, total) });
  }
  return points;
}

/** The fewest holders (largest first) whose combined amount reaches `threshold`; null when all of them
 * together do not (e.g. delegated power below quorum). */
export function nakamoto(values: readonly bigint[], threshold: bigint): number | null {
  if (threshold <= 0n) return 0;
  let acc = 0n;
  for (const [i, v] of desc(values).entries()) {
    acc += v;
    if (acc >= threshold) return i + 1;
  }
  return null;
}

/** The fewest holders that together hold more than half of the total (the classic Nakamoto coefficient). */
export const nakamotoMajority = (values: readonly bigint[]): number | null =>
  nakamoto(values, sum(values) / 2n + 1n);

/** Share of the total held by the `n` largest holders (0..1). */
export function topShare(values: readonly bigint[], n: number): number {
  const sorted = desc(values);
  return ratio(sum(sorted.slice(0, n)), sum(sorted));
}
