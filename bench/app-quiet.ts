/** How long the page's background work ran and how many requests it sent before it went quiet. */
export type QuietWait = { requests: number; ms: number; quiet: boolean };

/**
 * Waits until the page is down to its polling: at most `polls` requests in the last `windowMs` (two head polls
 * fit in 20 s), or `limitMs` passed. The idle minute then measures the open page's polling, not the end of a
 * sync a reload interrupted (e.g. the treasury streams' first sync, which starts only after the history is read
 * back and decoded, seconds in which nothing is sent). `requests` reads the proxy's running count.
 */
export async function untilQuiet(
  requests: () => number,
  windowMs = 20_000,
  polls = 2,
  limitMs = 180_000,
): Promise<QuietWait> {
  const start = performance.now();
  const first = requests();
  const samples: { t: number; n: number }[] = [{ t: start, n: first }];
  for (;;) {
    await new Promise((r) => setTimeout(r, 250)); // polling the proxy's count: there is no event to await
    const now = performance.now();
    const n = requests();
    samples.push({ t: now, n });
    while ((samples[1]?.t ?? now) <= now - windowMs) samples.shift();
    const windowStart = samples[0];
    if (windowStart && now - start >= windowMs && n - windowStart.n <= polls)
      return { requests: n - first, ms: now - start, quiet: true };
    if (now - start >= limitMs) return { requests: n - first, ms: now - start, quiet: false };
  }
}
