import { useSyncExternalStore } from "react";
import type { SyncStatus } from "@/chain/sync/status";
import { syncStatusFor } from "./sync-engines";

export type { SyncStatus };

/** The live sync progress of a chain. */
export function useSyncStatus(chainId: number): SyncStatus {
  const store = syncStatusFor(chainId);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
