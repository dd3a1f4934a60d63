/** A permit to fetch up to `size` blocks; `probe` when that size has not worked yet. */
export type Grant = { size: number; probe: boolean };

export type SizerOptions = { initial?: number; min?: number; growAfter?: number };

/** Learns how many blocks one eth_getLogs may span on a provider. Sizes that have not worked yet are
 * tried by one request at a time, so a wrong guess costs one failed request, not one per worker. */
export function createRangeSizer({ initial = 10_000, growAfter = 16 }: SizerOptions = {}) {
  let size = initial;
  let maxOk = 0;
  let cap = Number.POSITIVE_INFINITY; // a block-range limit the provider named
  let ceiling = Number.POSITIVE_INFINITY; // the smallest span that failed; relaxed after a streak
  let streak = 0;
  let probing = false;

  return {
    /** A grant for the next request, or null to wait for a probe in flight. */
    take(): Grant | null {
      if (size <= maxOk) return { size, probe: false };
      if (probing) return maxOk > 0 ? { size: maxOk, probe: false } : null;
      probing = true;
      return { size, probe: true };
    },
    success(grant: Grant, span: number) {
      if (grant.probe) probing = false;
      maxOk = Math.max(maxOk, span);
      streak++;
      if (streak % growAfter === 0) ceiling *= 2;
      const next = Math.min(size * 2, cap);
      if (span === grant.size && next < ceiling) size = next;
    },
    failure(grant: Grant, span: number, suggested: number | null, resultCap: boolean) {
      if (grant.probe) probing = false;
      streak = 0;
      ceiling = Math.min(ceiling, span);
      size = Math.max(1, Math.min(suggested ?? Math.floor(span / 2), span - 1));
      if (!resultCap && suggested !== null) cap = Math.min(cap, suggested);
      if (!resultCap) maxOk = Math.min(maxOk, cap, span - 1);
    },
    /** Releases a probe after a non-range outcome (e.g. a fatal error elsewhere). */
    release(grant: Grant) {
      if (grant.probe) probing = false;
    },
    current: () => ({ size, maxOk, cap, ceiling }),
  };
}

export type RangeSizer = ReturnType<typeof createRangeSizer>;
