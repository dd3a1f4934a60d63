import { AddressText } from "@/components/address";
import type { DelegateRow } from "@/domain/delegation/leaderboard";
import { type LeaderboardView, type SortKey, viewRows } from "@/domain/delegation/leaderboard-view";
import { countOf } from "@/lib/plural";
import { amount, percent, signedAmount, type TokenUnits } from "./token-units";

type Props = {
  rows: readonly DelegateRow[];
  totalSupply: bigint;
  delegatedSupply: bigint;
  units: TokenUnits;
  view: LeaderboardView;
  onViewChange: (v: LeaderboardView) => void;
  nameOf: (address: string) => string | undefined;
  delegateHref: (address: string) => string;
  proposalHref: (id: bigint) => string;
};

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: null, label: "Rank" },
  { key: null, label: "Delegate" },
  { key: "votes", label: "Votes" },
  { key: null, label: "Of supply" },
  { key: null, label: "Of delegated" },
  { key: "delegators", label: "Delegators" },
  { key: "participation", label: "Participation" },
  { key: "last-vote", label: "Last vote" },
  { key: "change", label: "30-day change" },
];

/** The leaderboard: search, a header per sortable column (URL-kept), one page of rows and a pager. */
export function LeaderboardTable(p: Props) {
  const { view, onViewChange: set } = p;
  const shown = viewRows(p.rows, view, p.nameOf);
  const sortBy = (key: SortKey) =>
    set({ ...view, sort: key, ascending: view.sort === key ? !view.ascending : false, page: 1 });
  return (
    <section aria-label="Delegates" className="leaderboard">
      <label className="leaderboard-search">
        Search
        <input
          type="search"
          value={view.q}
          placeholder="Address or name"
          onChange={(e) => set({ ...view, q: e.target.value, page: 1 })}
        />
      </label>
      <p className="list-count" aria-live="polite">
        {shown.matched === p.rows.length
          ? countOf(p.rows.length, "delegate")
          : `${shown.matched} of ${countOf(p.rows.length, "delegate")} match`}
      </p>
      <div className="table-scroll">
        <table className="leaderboard-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  aria-sort={
                    c.key && view.sort === c.key ? (view.ascending ? "ascending" : "descending") : undefined
                  }
                >
                  {c.key ? (
                    <button type="button" className="sort-button" onClick={() => c.key && sortBy(c.key)}>
                      {c.label}
                      {view.sort === c.key ? (view.ascending ? " ↑" : " ↓") : ""}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((r) => (
              <Row key={r.address} r={r} {...p} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.rows.length === 0 && <p className="empty">No delegate matches “{view.q}”.</p>}
      {shown.pages > 1 && (
        <nav className="pager" aria-label="Pages">
          <button
            type="button"
            disabled={shown.page <= 1}
            onClick={() => set({ ...view, page: shown.page - 1 })}
          >
            Previous
          </button>
          <span>
            Page {shown.page} of {shown.pages}
          </span>
          <button
            type="button"
            disabled={shown.page >= shown.pages}
            onClick={() => set({ ...view, page: shown.page + 1 })}
          >
            Next
          </button>
        </nav>
      )}
    </section>
  );
}

function Row({ r, ...p }: { r: DelegateRow } & Props) {
  const name = p.nameOf(r.address);
  const { voted, eligible } = r.participation;
  return (
    <tr data-testid={`delegate-row-${r.address}`}>
      <td className="num">{r.rank}</td>
      <td>
        <a href={p.delegateHref(r.address)}>{name ?? r.address.slice(0, 10)}</a>{" "}
        <AddressText address={r.address} label={name ?? "delegate"} />
      </td>
      <td className="num" data-testid="votes">
        {amount(r.votes, p.units)}
      </td>
      <td className="num">{percent(r.votes, p.totalSupply)}</td>
      <td className="num">{percent(r.votes, p.delegatedSupply)}</td>
      <td className="num" data-testid="delegators">
        {r.delegators}
      </td>
      <td>
        {eligible === 0 ? (
          <span className="muted">no eligible proposal</span>
        ) : (
          `voted in ${voted} of the last ${eligible}`
        )}
      </td>
      <td>
        {r.lastVote ? (
          <a href={p.proposalHref(r.lastVote.proposalId)}>
            block {r.lastVote.blockNumber.toLocaleString("en-US")}
          </a>
        ) : (
          <span className="muted">never</span>
        )}
      </td>
      <td className={`num ${r.change30d > 0n ? "up" : r.change30d < 0n ? "down" : ""}`}>
        {signedAmount(r.change30d, p.units)}
      </td>
    </tr>
  );
}
