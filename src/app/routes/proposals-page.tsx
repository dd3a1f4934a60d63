import { useNavigate, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import type { Hex } from "viem";
import { ErrorPanel } from "@/components/error-panel";
import { probesOf } from "@/domain/actions/known";
import { listFilterNotes, listSearchOf, parseListFilter } from "@/domain/proposals/list-filter";
import { useConnectedAccount } from "@/features/proposals/api/connected-account";
import { useProposals } from "@/features/proposals/api/use-proposals";
import { useVotedIds } from "@/features/proposals/api/voted-ids";
import { ProposalList } from "@/features/proposals/components/proposal-list";
import { describeError } from "@/lib/errors";
import { usePhaseMarks } from "@/lib/perf-mark";
import "@/features/proposals/components/proposal-list.css";
import "@/features/proposals/components/vote.css";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";
import { useCopyWhen, useListAtHeadSources } from "./use-list-at-head";

const ROUTE = "/$chainId/$governor/proposals";

/** `#/<chainId>/<governor>/proposals`: every proposal, filtered and sorted by the URL. */
export function ProposalsPage() {
  const dao = useDao();
  // With a list of this device's to paint, its copy of the history is read only if the sync is slow or fails.
  const copyWhen = useCopyWhen(dao);
  const { logs, synced, cachedCopy, verification } = useDaoHistory(dao, "core", copyWhen);
  const proposals = useProposals(dao, synced, cachedCopy);
  // A list this visit's read confirmed at its block (with that block's hash, for the next visit to go on from).
  const read = proposals.cached || proposals.fromLogsAt !== null ? undefined : proposals.data;
  const hash =
    read && synced?.syncedTo === Number(read.blockNumber) ? (synced.headHash ?? undefined) : undefined;
  const confirmed = useMemo(
    () => (read ? { ...read, blockHash: hash as Hex | undefined, probes: probesOf(read.known) } : undefined),
    [read, hash],
  );
  // Until it is here: the list at the head (the last confirmed list plus the logs since, read at the head),
  // then any list from logs, then the last list this device confirmed.
  const sources = useListAtHeadSources(dao, confirmed);
  const atHead = sources.atHead;
  // A list from this browser's logs older than the last confirmed list gives way to it; each is labelled with
  // its own block (the banner names the logs' block; the snapshot line names the read's).
  const snapshot = sources.snapshot;
  const snapshotNewer =
    snapshot !== undefined && proposals.fromLogsAt !== null && snapshot.blockNumber > proposals.fromLogsAt;
  const shown = read ?? atHead ?? (snapshotNewer ? snapshot : (proposals.data ?? snapshot));
  const cachedAt =
    read || atHead
      ? null
      : shown === snapshot
        ? (snapshot?.blockNumber ?? null)
        : proposals.cached
          ? (proposals.data?.blockNumber ?? null)
          : null;
  const account = useConnectedAccount();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const notes = listFilterNotes(search);
  const base = `#/${dao.chainId}/${dao.governor}/proposals`;
  const votedIds = useVotedIds(proposals.data?.histories, account.address);
  usePhaseMarks({
    "page:cached-copy": cachedCopy !== undefined,
    "page:synced": synced !== undefined,
    "page:list-read": read !== undefined,
    "page:at-head": atHead !== undefined,
    "page:verified": verification !== null,
  });
  return (
    <>
      <h1>Proposals</h1>
      <SyncBanner
        chainId={dao.chainId}
        logs={logs}
        verification={verification}
        cachedAt={cachedAt}
        headCheck={atHead?.check ?? null}
        headFallback={read ? null : sources.fallback}
        disagreements={sources.disagreements}
      />
      {notes.map((n) => (
        <p key={n} className="url-note" role="note">
          {n}
        </p>
      ))}
      {proposals.error && (
        <ErrorPanel
          heading="Could not read the proposals"
          error={describeError(proposals.error)}
          onRetry={() => void proposals.refetch()}
        />
      )}
      {shown ? (
        <ProposalList
          proposals={shown.proposals}
          filter={parseListFilter(search)}
          onFilterChange={(f) => void navigate({ search: listSearchOf(f), replace: true })}
          hrefFor={(id) => `${base}/${id}`}
          now={shown.now}
          mode={dao.countingMode}
          votedIds={votedIds}
          chainId={dao.chainId}
          abstain={dao.kind.abstain}
        />
      ) : (
        !proposals.error && <p aria-busy="true">Loading proposals…</p>
      )}
    </>
  );
}
