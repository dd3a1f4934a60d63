import { countOf } from "@/lib/plural";
import { type SyncStatus, useSyncStatus } from "../api/sync-status";

const n = (x: number) => x.toLocaleString("en-US");

/** One line a person can read: what the sync is doing and how far it got. */
export function syncLine(s: SyncStatus): string {
  switch (s.phase) {
    case "idle":
      return s.syncedTo === null ? "Not synced yet" : `Synced to block ${n(s.syncedTo)}`;
    case "head":
      return "Asking the RPC for the latest block…";
    case "deploy-block":
      return "Finding the block the DAO was deployed at…";
    case "reorg-check":
      return "Checking the cached history is still on the chain…";
    case "fetching":
      return `Syncing blocks ${n(s.blocksDone)} / ${n(s.blocksTotal)}`;
    case "done":
      return `Synced to block ${n(s.syncedTo ?? 0)}`;
    case "error":
      return `Sync stopped: ${s.lastError ?? "unknown error"}`;
  }
}

/** Presentational progress bar for a sync status. */
export function SyncProgressView({ status }: { status: SyncStatus }) {
  const busy = status.phase !== "idle" && status.phase !== "done" && status.phase !== "error";
  const pct =
    status.blocksTotal > 0 ? Math.min(100, Math.round((status.blocksDone / status.blocksTotal) * 100)) : 0;
  return (
    <section className="sync-progress" aria-busy={busy} aria-label="Chain sync">
      <p role="status">{syncLine(status)}</p>
      {busy && (
        <progress max={100} value={status.phase === "fetching" ? pct : undefined} aria-label="Sync progress">
          {pct}%
        </progress>
      )}
      <p className="muted">
        {countOf(status.requests, "request")}
        {status.retries > 0 && ` · ${n(status.retries)} retried`}
        {status.rangeSplits > 0 && ` · ${countOf(status.rangeSplits, "range")} split to the RPC's limits`}
        {status.finalized !== null && ` · finalized through block ${n(status.finalized)}`}
      </p>
      {status.lastError && status.phase !== "error" && (
        <p className="muted">Last RPC error (recovered): {status.lastError}</p>
      )}
      {status.notices.map((m) => (
        <p key={m} className="muted">
          {m}
        </p>
      ))}
    </section>
  );
}

/** The live progress bar of a chain's sync. */
export function SyncProgress({ chainId }: { chainId: number }) {
  return <SyncProgressView status={useSyncStatus(chainId)} />;
}
