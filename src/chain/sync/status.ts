/** Where a sync is. */
export type SyncPhase = "idle" | "head" | "deploy-block" | "reorg-check" | "fetching" | "done" | "error";

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
