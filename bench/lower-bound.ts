/** The fewest eth_getLogs ranges that cover [from, to] when one request may span `blockCap` blocks and
 * return `logCap` logs. Greedy is optimal here: extending a range never makes a later one longer. */
export function optimalRanges(
  logBlocks: readonly number[],
  from: number,
  to: number,
  blockCap: number,
  logCap: number,
): [number, number][] {
  const sorted = [...logBlocks].sort((a, b) => a - b);
  const out: [number, number][] = [];
  let i = 0; // index of the first log at or after `start`
  for (let start = from; start <= to; ) {
    while (i < sorted.length && (sorted[i] ?? 0) < start) i++;
    let end = Math.min(to, start + blockCap - 1);
    const over = sorted[i + logCap];
    if (over !== undefined && over <= end) end = over - 1;
    if (end < start) throw new Error(`block ${start} alone holds more than ${logCap} logs`);
    out.push([start, end]);
    start = end + 1;
  }
  return out;
}
