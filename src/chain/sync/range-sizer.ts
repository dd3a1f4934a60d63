/** A permit to fetch up to `size` blocks; `probe` when that size has not worked yet. */
export type Grant = { size: number; probe: boolean };

export type SizerOptions = {
  initial?: number;
  /** How many requests may try the initial size at once before anything is known. */
  firstWave?: number;
};

/** What a range error taught us (see classifyError). */
export type RangeHint = { suggested: number | null; resultCap: boolean; resultLimit: number | null };

/** Learns how many blocks one eth_getLogs may span on a provider. A block-range limit the provider names
 * becomes a hard cap; a result-count limit is local (dense blocks), so the next size follows the density
 * just seen instead. Before anything is known a first wave of a few requests goes out in parallel at the
 * initial size (waiting on one probe would idle every worker for the first round trip; a provider that
 * refuses the size costs one failed request per request of that wave, once). After that, sizes that have not worked yet are
 * tried by one request at a time, so a wrong guess costs one failed request, not one per worker. */
export function createRangeSizer({ initial = 10_000, firstWave = 4 }: SizerOptions = {}) {
  let size = initial;
  let maxOk = 0;
  let cap = Number.POSITIVE_INFINITY;
  let resultLimit: number | null = null;
  let probes = 0;
  let fresh = true;
  // Ranges finish out of order; only news from at or beyond the last one that set the size may change it,
  // so a late answer from a dense region behind us does not shrink ranges in the sparse region ahead.
  let setAt = -1;
  const resize = (from: number, next: number) => {
    if (from < setAt) return;
    setAt = from;
    size = Math.max(1, Math.min(cap, next));
  };

  const settle = (grant: Grant) => {
    if (grant.probe) probes = Math.max(0, probes - 1);
    fresh = false;
  };

  return {
    /** A grant for the next request, or null to wait for a probe in flight. */
    take(): Grant | null {
      if (size <= maxOk) return { size, probe: false };
      if (probes > 0 && !(fresh && probes < firstWave))
        return maxOk > 0 ? { size: maxOk, probe: false } : null;
      probes++;
      return { size, probe: true };
    },
    success(grant: Grant, span: number, logs: number, from = Number.MAX_SAFE_INTEGER) {
      settle(grant);
      maxOk = Math.max(maxOk, span);
      // With a known result limit: 90% of it at the density just seen, when the range held enough logs for
      // that density to mean something; a sparse range says little, so grow fourfold. Otherwise double.
      // Growth is from the span that worked, so answers arriving together do not compound.
      let next = Math.max(size, span * 2);
      if (resultLimit !== null)
        next =
          logs >= resultLimit / 4 ? Math.floor((0.9 * resultLimit * span) / logs) : Math.max(size, span * 4);
      resize(from, next);
    },
    failure(grant: Grant, span: number, hint: RangeHint, from = Number.MAX_SAFE_INTEGER) {
      settle(grant);
      if (hint.resultLimit !== null) resultLimit = hint.resultLimit;
      const smaller = Math.max(1, Math.min(hint.suggested ?? Math.floor(span / 2), span - 1));
      if (!hint.resultCap) {
        cap = Math.min(cap, smaller);
        // A limit the provider named is trusted at once; a guessed one (halving) must still be probed.
        maxOk = hint.suggested !== null ? cap : Math.min(maxOk, cap);
        size = Math.min(size, cap);
      } else if (span <= cap) {
        // Too many results, not too many blocks: the provider accepts this span, so it needs no more probing.
        maxOk = Math.max(maxOk, span);
      }
      resize(from, smaller);
    },
    /** A block-range cap the provider named to another search (the first-log search): trusted at once, so no
     * request of the sync is sent wider than it. */
    knownCap(blocks: number) {
      cap = Math.min(cap, Math.max(1, blocks));
      maxOk = cap;
      size = Math.min(size, cap);
    },
    /** Releases a probe after a non-range outcome (e.g. a fatal error elsewhere). */
    release(grant: Grant) {
      if (grant.probe) probes = Math.max(0, probes - 1);
    },
    current: () => ({ size, maxOk, cap, resultLimit }),
  };
}

export type RangeSizer = ReturnType<typeof createRangeSizer>;
