import { useNavigate, useSearch } from "@tanstack/react-router";
import { ErrorPanel } from "@/components/error-panel";
import { type ListFilter, parseListFilter } from "@/domain/proposals/list-filter";
import { useConnectedAccount } from "@/features/proposals/api/connected-account";
import { useProposals } from "@/features/proposals/api/use-proposals";
import { useVotedIds } from "@/features/proposals/api/voted-ids";
import { ProposalList } from "@/features/proposals/components/proposal-list";
import { describeError } from "@/lib/errors";
import "@/features/proposals/components/proposal-list.css";
import "@/features/proposals/components/vote.css";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";

/** `#/<chainId>/<governor>/proposals`: every proposal, filtered and sorted by the URL. */
export function ProposalsPage() {
  const dao = useDao();
  const { logs, synced, verification } = useDaoHistory(dao);
  const proposals = useProposals(dao, synced);
  const account = useConnectedAccount();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const filter = parseListFilter(search);
  const setFilter = (f: ListFilter) => {
    const next: Record<string, string> = {};
    if (f.state !== "all") next.state = f.state;
    if (f.category !== "all") next.category = f.category;
    if (f.q) next.q = f.q;
    if (f.sort !== "newest") next.sort = f.sort;
    if (f.page > 1) next.page = String(f.page);
    if (f.mine) next.mine = "1";
    void navigate({ to: ".", search: next, replace: true });
  };
  const base = `#/${dao.chainId}/${dao.governor}/proposals`;
  const votedIds = useVotedIds(proposals.data?.histories, account.address);
  return (
    <>
      <h1>Proposals</h1>
      <SyncBanner
        chainId={dao.chainId}
        logs={logs}
        verification={verification}
        cachedAt={proposals.cached ? (proposals.data?.blockNumber ?? null) : null}
      />
      {proposals.error && (
        <ErrorPanel
          heading="Could not read the proposals"
          error={describeError(proposals.error)}
          onRetry={() => void proposals.refetch()}
        />
      )}
      {proposals.data ? (
        <ProposalList
          proposals={proposals.data.proposals}
          filter={filter}
          onFilterChange={setFilter}
          hrefFor={(id) => `${base}/${id}`}
          now={proposals.data.now}
          mode={dao.countingMode}
          votedIds={votedIds}
        />
      ) : (
        !proposals.error && <p aria-busy="true">Loading proposals…</p>
      )}
    </>
  );
}
