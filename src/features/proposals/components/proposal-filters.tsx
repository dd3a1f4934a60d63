import { CATEGORY_LABELS, type ProposalCategory } from "@/domain/actions/category";
import { type ListFilter, type ProposalSort, SORTS } from "@/domain/proposals/list-filter";
import { PROPOSAL_STATES } from "@/domain/proposals/state";

const SORT_LABELS: Record<ProposalSort, string> = {
  newest: "Newest",
  oldest: "Oldest",
  "most-votes": "Most votes",
  "ending-soon": "Ending soon",
};

type Props = { filter: ListFilter; onChange: (next: ListFilter) => void; connected: boolean };

/** State, category, text search and sort; every change resets to page 1 and lands in the URL via onChange. */
export function ProposalFilters({ filter, onChange, connected }: Props) {
  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, page: 1, ...patch });
  return (
    <search className="proposal-filters" aria-label="Filter proposals">
      <label>
        Search
        <input
          type="search"
          value={filter.q}
          placeholder="Title, text, proposer or id"
          onChange={(e) => set({ q: e.target.value })}
        />
      </label>
      <label>
        State
        <select value={filter.state} onChange={(e) => set({ state: e.target.value as ListFilter["state"] })}>
          <option value="all">All states</option>
          {PROPOSAL_STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select
          value={filter.category}
          onChange={(e) => set({ category: e.target.value as ListFilter["category"] })}
        >
          <option value="all">All categories</option>
          {(Object.keys(CATEGORY_LABELS) as ProposalCategory[]).map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort
        <select value={filter.sort} onChange={(e) => set({ sort: e.target.value as ProposalSort })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-mine">
        <input
          type="checkbox"
          checked={filter.mine}
          disabled={!connected}
          onChange={(e) => set({ mine: e.target.checked })}
        />
        Needs my vote
        {!connected && <span className="muted"> (connect a wallet)</span>}
      </label>
    </search>
  );
}
