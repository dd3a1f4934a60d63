/** A permit to fetch up to `size` blocks; `probe` when that size has not worked yet. */
export type Grant = { size: number; probe: boolean };

export type SizerOptions = { initial?: number };

/** What a range error taught us (see classifyError). */
export type RangeHint = { suggested: number | null; resultCap: boolean; resultLimit: number | null };

/** Learns how many blocks one eth_getLogs may span on a provider. A block-range limit the provider names
 * becomes a hard cap; a result-count limit is local (dense blocks), so the next size follows the density
 * just seen instead. Sizes that have not worked yet are tried by one request at a time, so a wrong guess
 * costs one failed request, not one per worker. */
export function createRangeSizer({ initial = 10_000 }: SizerOptions = {}) {
  let size = initial;
  let maxOk = 0;
  let cap = Number.POSITIVE_INFINITY;
  let resultLimit: number | null = null;
  let probing = false;

  return {
    /** A grant for the next request, or null to wait for a probe in flight. */
    take(): Grant | null {
      if (size <= maxOk) return { size, probe: false };
      if (probing) return maxOk > 0 ? { size: maxOk, probe: false } : null;
      probing = true;
      return { size, probe: true };
    },
    success(grant: Grant, span: number, logs: number) {
      if (grant.probe) probing = false;
      maxOk = Math.max(maxOk, span);
      // 90% of the result limit at the density just seen; without a known limit, double.
      const next =
        resultLimit !== null ? Math.floor((0.9 * resultLimit * span) / Math.max(1, logs)) : size * 2;
      size = Math.max(1, Math.min(cap, next));
    },
    failure(grant: Grant, span: number, hint: RangeHint) {
      if (grant.probe) probing = false;
      if (hint.resultLimit !== null) resultLimit = hint.resultLimit;
      const smaller = Math.max(1, Math.min(hint.suggested ?? Math.floor(span / 2), span - 1));
      if (!hint.resultCap) {
        cap = Math.min(cap, smaller);
        maxOk = Math.min(maxOk, cap);
      }
      size = Math.min(smaller, cap);
    },
    /** Releases a probe after a non-range outcome (e.g. a fatal error elsewhere). */
    release(grant: Grant) {
      if (grant.probe) probing = false;
    },
    current: () => ({ size, maxOk, cap, resultLimit }),
  };
}

export type RangeSizer = ReturnType<typeof createRangeSizer>;
