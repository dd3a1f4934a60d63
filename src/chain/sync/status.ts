/** Where a sync is. */
export type SyncPhase = "idle" | "head" | "deploy-block" | "reorg-check" | "fetching" | "done" | "error";

/** How a stream's first block was found where eth_getCode at old blocks failed: from the contracts' logs.
 * `exact`: `block` is the first log's (or, with `none`, no contract logged at all); otherwise only known to
 * be at or before it. `missingState`: the node said it keeps no old state (else the probe failed otherwise). */
export type StartNote = {
  addresses: string[];
  block: number;
  exact: boolean;
  none: boolean;
  missingState: boolean;
  probeError: string;
  requests: number;
  rangeCap: number | null;
};

/** Observable progress of a sync, drawn by the progress bar. */
export type SyncStatus = {
  phase: SyncPhase;
  blocksDone: number;
  blocksTotal: number;
  requests: number;
  retries: number;
  rangeSplits: number;
  lastError: string | null;
  /** Highest block whose logs are complete (finalized and tail), null before the first sync. */
  syncedTo: number | null;
  finalized: number | null;
  notices: string[];
  /** Starts found from logs because old state was unavailable (kept for the engine's life, not per run). */
  starts?: StartNote[];
};

export const initialStatus: SyncStatus = {
  phase: "idle",
  blocksDone: 0,
  blocksTotal: 0,
  requests: 0,
  retries: 0,
  rangeSplits: 0,
  lastError: null,
  syncedTo: null,
  finalized: null,
  notices: [],
};

/** A tiny external store (subscribe / getSnapshot) so React can read it with useSyncExternalStore. */
export type StatusStore = {
  get(): SyncStatus;
  set(patch: Partial<SyncStatus> | ((s: SyncStatus) => Partial<SyncStatus>)): void;
  subscribe(listener: () => void): () => void;
};

/** Creates a status store; every update makes a new snapshot object. */
export function createStatusStore(start: SyncStatus = initialStatus): StatusStore {
  let current = start;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(patch) {
      current = { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
