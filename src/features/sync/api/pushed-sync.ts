/** What a pushed-head sync needs: `sync` refetches and resolves with the lowest block the synced data now
 * covers (null when there is none to compare, e.g. the sync failed). */
export type PushedSyncOptions = {
  sync: () => Promise<number | null>;
  minMs: number;
  now?: () => number;
};

/** Extra syncs one pushed head may get when the result is still behind it; the poll covers anything else. */
const MAX_FOLLOW_UPS = 2;

/**
 * Turns pushed heads into syncs: at most one every `minMs`, and one trailing sync for heads inside the
 * interval, so the last pushed block shows without waiting for the poll. A sync may be served by a fetch that
 * was already in flight and read an older head (TanStack reuses a running fetch, e.g. a prefetch's, instead of
 * starting one): its result is compared with the newest pushed head, and while it is behind, another sync
 * follows once the first is done (a bounded number of times). One sync runs at a time.
 */
export function createPushedSync({ sync, minMs, now = Date.now }: PushedSyncOptions) {
  let last = Number.NEGATIVE_INFINITY;
  let wanted = -1;
  let followUps = 0;
  let running = false;
  let pending = false;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const start = () => {
    last = now();
    running = true;
    pending = false;
    sync().then(
      (reached) => settle(reached !== null && reached < wanted),
      () => settle(false),
    );
  };
  const settle = (behind: boolean) => {
    running = false;
    if (stopped) return;
    if (pending) return schedule();
    if (!behind || followUps >= MAX_FOLLOW_UPS) return;
    followUps++;
    // The first follow-up starts at once: the sync that fell behind most likely joined a fetch begun before
    // the head, so no run of ours went out for it yet; a second one waits for the interval like any other.
    if (followUps === 1 && trailing === undefined) start();
    else schedule();
  };
  function schedule() {
    if (stopped || trailing !== undefined) return;
    if (running) {
      pending = true;
      return;
    }
    const wait = last + minMs - now();
    if (wait <= 0) return start();
    trailing = setTimeout(() => {
      trailing = undefined;
      if (running) pending = true;
      else start();
    }, wait);
  }

  return {
    /** A head the node pushed. */
    head(block: number) {
      if (block > wanted) followUps = 0;
      wanted = Math.max(wanted, block);
      schedule();
    },
    /** Cancels a trailing sync; a sync already running finishes without follow-ups. */
    stop() {
      stopped = true;
      if (trailing !== undefined) clearTimeout(trailing);
      trailing = undefined;
    },
  };
}
