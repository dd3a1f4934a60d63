import { describeError } from "@/lib/errors";

type Logs = {
  data?: { syncedTo: number | null } | undefined;
  fromCache: boolean;
  isSyncing: boolean;
  error: unknown;
  refetch: () => unknown;
};

/** Where the page's data comes from: syncing, cached through block N, or verified at block N; sync errors with retry. */
export function SyncBanner({ logs, verifiedAt }: { chainId: number; logs: Logs; verifiedAt: bigint | null }) {
  const through = logs.data?.syncedTo;
  return (
    <div className="sync-banner" role="status">
      {logs.isSyncing && <span>Syncing the DAO's history from the chain…</span>}
      {!logs.isSyncing && logs.fromCache && through != null && (
        <span>Showing cached history through block {through.toLocaleString("en-US")}.</span>
      )}
      {!logs.isSyncing && !logs.fromCache && verifiedAt !== null && (
        <span>Read from the chain at block {verifiedAt.toLocaleString("en-US")}.</span>
      )}
      {logs.error != null && (
        <span className="status-bad">
          {" "}
          Sync failed: {describeError(logs.error).title}{" "}
          <button type="button" className="btn btn-small" onClick={() => void logs.refetch()}>
            Retry
          </button>
        </span>
      )}
    </div>
  );
}
