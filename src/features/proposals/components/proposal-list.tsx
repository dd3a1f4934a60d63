import type { CountingMode } from "@/domain/dao/quorum";
import { applyListFilter, type ListFilter } from "@/domain/proposals/list-filter";
import type { Proposal } from "@/domain/proposals/proposal";
import type { ClockNow } from "@/domain/proposals/timing";
import { countOf } from "@/lib/plural";
import { ProposalFilters } from "./proposal-filters";
import { ProposalRow } from "./proposal-row";

type Props = {
  proposals: readonly Proposal[];
  filter: ListFilter;
  onFilterChange: (next: ListFilter) => void;
  hrefFor: (id: bigint) => string;
  now: ClockNow;
  mode: CountingMode | null;
  /** The connected account's voted proposals, for "needs my vote"; null when no wallet is connected. */
  votedIds: ReadonlySet<bigint> | null;
  chainId: number;
  /** False for governors with no Abstain (GovernorAlpha). */
  abstain?: boolean;
};

/** The filtered, sorted, paged proposal list with its controls. */
export function ProposalList({
  proposals,
  filter,
  onFilterChange,
  hrefFor,
  now,
  mode,
  votedIds,
  chainId,
  abstain = true,
}: Props) {
  const { page, total, pages } = applyListFilter(proposals, filter, votedIds ?? undefined);
  const current = Math.min(filter.page, pages);
  return (
    <section aria-label="Proposals">
      <ProposalFilters filter={filter} onChange={onFilterChange} connected={votedIds !== null} />
      <p className="list-count" aria-live="polite">
        {total === proposals.length
          ? countOf(total, "proposal")
          : `${total} of ${countOf(proposals.length, "proposal")} match`}
      </p>
      {page.length === 0 ? (
        <p className="empty">No proposal matches these filters.</p>
      ) : (
        <ul className="proposal-list">
          {page.map((p) => (
            <ProposalRow
              key={p.id.toString()}
              proposal={p}
              href={hrefFor(p.id)}
              now={now}
              mode={mode}
              chainId={chainId}
              abstain={abstain}
            />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="Pages">
          <button
            type="button"
            disabled={current <= 1}
            onClick={() => onFilterChange({ ...filter, page: current - 1 })}
          >
            Previous
          </button>
          <span>
            Page {current} of {pages}
          </span>
          <button
            type="button"
            disabled={current >= pages}
            onClick={() => onFilterChange({ ...filter, page: current + 1 })}
          >
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
