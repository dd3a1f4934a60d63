/** How long the page's background work ran and how many requests it sent before it went quiet. */
export type QuietWait = { requests: number; ms: number; quiet: boolean };

/**
 * Waits until the page sends the RPC nothing for `quietMs` (longer than any round trip, shorter than the head
 * poll's 10 s), or `limitMs` passed: the idle minute then measures the open page's polling, not the end of a
 * sync a reload interrupted (e.g. the treasury streams' first sync, started after the first visit's list).
 * `requests` reads the proxy's running count.
 */
export async function untilQuiet(
  requests: () => number,
  quietMs = 3_000,
  limitMs = 180_000,
): Promise<QuietWait> {
  const start = performance.now();
  const first = requests();
  let seen = first;
  let changedAt = start;
  for (;;) {
    const now = performance.now();
    const n = requests();
    if (n !== seen) {
      seen = n;
      changedAt = now;
    }
    if (now - changedAt >= quietMs) return { requests: seen - first, ms: changedAt - start, quiet: true };
    if (now - start >= limitMs) return { requests: seen - first, ms: now - start, quiet: false };
    await new Promise((r) => setTimeout(r, 100)); // polling the proxy's count: there is no event to await
  }
}
