import type { ListDisagreement } from "@/domain/proposals/list-agreement";
import { verificationSummary } from "@/domain/verify/summary";
import type { Verification } from "@/domain/verify/verification";
import type { HeadCheck } from "@/features/proposals/api/list-at-head";
import { SyncProgress } from "@/features/sync/components/sync-progress";
import { SyncStartNote } from "@/features/sync/components/sync-start-note";
import { describeError } from "@/lib/errors";
import { DisagreementLine, HeadCheckLine } from "./sync-banner-head";

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
  headCheck = null,
  headFallback = null,
  disagreements = [],
}: {
  chainId: number;
  logs: Logs;
  verification: Verification | null;
  /** The block of proposal data restored from this device while the chain is unreachable. */
  cachedAt?: bigint | null;
  /** The list at the head (built on this device's last confirmed list) and what its read there checked. */
  headCheck?: HeadCheck | null;
  /** Why the list could not go on from this device's last confirmed list, while the full history loads. */
  headFallback?: string | null;
  /** Where the full history's list and the list at the head of the same block differ. */
  disagreements?: readonly ListDisagreement[];
}) {
  const through = logs.data?.syncedTo;
  return (
    <div className="sync-banner">
      {logs.isSyncing && <SyncProgress chainId={chainId} />}
      <SyncStartNote chainId={chainId} />
      {headCheck && !verification && <HeadCheckLine check={headCheck} />}
      {headFallback && !headCheck && !verification && (
        <p role="status">
          Not going on from this device's earlier list: {headFallback}; reading the full history.
        </p>
      )}
      {disagreements.length > 0 && <DisagreementLine items={disagreements} />}
      {logs.fromCache && through != null && !headCheck && (
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
