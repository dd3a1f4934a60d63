/** A closed block interval [from, to]; block numbers fit in a double for any real chain. */
export type Interval = readonly [from: number, to: number];

/** Sorts and merges overlapping or adjacent intervals. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The parts of `want` not covered by `covered` (both may be unsorted). */
export function missingIntervals(want: Interval, covered: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = want[0];
  for (const [a, b] of mergeIntervals(covered)) {
    if (b < cursor) continue;
    if (a > want[1]) break;
    if (a > cursor) out.push([cursor, Math.min(a - 1, want[1])]);
    cursor = Math.max(cursor, b + 1);
    if (cursor > want[1]) break;
  }
  if (cursor <= want[1]) out.push([cursor, want[1]]);
  return out;
}

/** Removes everything above `block` from a set of intervals (used when a reorg invalidates the top). */
export function truncateIntervals(list: readonly Interval[], block: number): Interval[] {
  return mergeIntervals(list)
    .filter(([a]) => a <= block)
    .map(([a, b]): Interval => [a, Math.min(b, block)]);
}

/** Total number of blocks in a set of intervals. */
export function intervalBlocks(list: readonly Interval[]): number {
  return mergeIntervals(list).reduce((n, [a, b]) => n + b - a + 1, 0);
}
