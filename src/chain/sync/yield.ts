type Scheduler = { yield?: () => Promise<void> };

/** Lets the browser run other tasks (input, paint) before the caller goes on: work on tens of thousands of
 * logs is cut into slices with this between them, so no single task blocks the page for long. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === "function") return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Logs handled per slice between yields: a few milliseconds of work each on a quiet machine. */
export const SLICE_LOGS = 1_000;
