import { verificationSummary } from "@/domain/verify/summary";
import type { Verification } from "@/domain/verify/verification";
import { SyncProgress } from "@/features/sync/components/sync-progress";
import { SyncStartNote } from "@/features/sync/components/sync-start-note";
import { describeError } from "@/lib/errors";

type Logs = {
  data?: { syncedTo: number | null } | undefined;
  fromCache: boolean;
  isSyncing: boolean;
  error: unknown;
  refetch: () => unknown;
};

const n = (x: number) => x.toLocaleString("en-US");

function VerificationLine({ v }: { v: Verification }) {
  const { ok, text } = verificationSummary(v);
  return ok ? (
    <p className="status-ok">{text}</p>
  ) : (
    <p className="status-bad" role="alert">
      {text}
    </p>
  );
}

/** Where the page's data comes from: syncing (with progress), cached through block N, verified at block N. */
export function SyncBanner({
  chainId,
  logs,
  verification,
  cachedAt = null,
}: {
  chainId: number;
  logs: Logs;
  verification: Verification | null;
  /** The block of proposal data restored from this device while the chain is unreachable. */
  cachedAt?: bigint | null;
}) {
  const through = logs.data?.syncedTo;
  return (
    <div className="sync-banner">
      {logs.isSyncing && <SyncProgress chainId={chainId} />}
      <SyncStartNote chainId={chainId} />
      {logs.fromCache && through != null && (
        <p role="status">
          From this browser's copy, through block {n(through)}
          {logs.isSyncing ? "; checking the chain…" : "."}
        </p>
      )}
      {cachedAt !== null && (
        <p role="status" className="status-bad">
          Cached on this device: proposals as read at block {n(Number(cachedAt))}. They may be out of date.
        </p>
      )}
      {verification && cachedAt === null && <VerificationLine v={verification} />}
      {logs.error != null && (
        <p className="status-bad" role="alert">
          {through != null
            ? `Could not check for newer blocks (${describeError(logs.error).title.replace(/\.$/, "")}); showing history through block ${n(through)}.`
            : `Sync failed: ${describeError(logs.error).title}`}{" "}
          <button type="button" className="btn btn-small" onClick={() => void logs.refetch()}>
            Retry
          </button>
        </p>
      )}
    </div>
  );
}
