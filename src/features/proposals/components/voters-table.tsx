import { useMemo, useState } from "react";
import { AddressName } from "@/components/address";
import { SUPPORT_LABELS, type Support, type Vote, votesToCsv } from "@/domain/votes/vote";
import { downloadCsv } from "@/lib/download";
import { formatAmount } from "@/lib/format";

type Props = {
  votes: readonly Vote[];
  decimals: number;
  symbol: string;
  fileName: string;
  chainId: number;
  /** What an empty list means (depends on the proposal's state). */
  emptyText?: string;
};

/** Who voted, how and why: sortable by weight, filterable by support, exportable as CSV. */
export function VotersTable({
  votes,
  decimals,
  symbol,
  fileName,
  chainId,
  emptyText = "Nobody has voted yet.",
}: Props) {
  const [support, setSupport] = useState<Support | "all">("all");
  const [desc, setDesc] = useState(true);
  const rows = useMemo(() => {
    const picked = support === "all" ? [...votes] : votes.filter((v) => v.support === support);
    return picked.sort((a, b) =>
      a.weight === b.weight ? 0 : (a.weight < b.weight ? 1 : -1) * (desc ? 1 : -1),
    );
  }, [votes, support, desc]);
  const weight = (w: bigint) => `${formatAmount(w, decimals)} ${symbol}`;
  // A split (fractional) vote is one row per support, and a voter may split over several votes.
  const voters = useMemo(() => new Set(votes.map((v) => v.voter.toLowerCase())).size, [votes]);

  return (
    <section className="voters" aria-labelledby="voters-heading">
      <div className="voters-head">
        <h3 id="voters-heading">Voters ({voters})</h3>
        <label>
          Support
          <select value={support} onChange={(e) => setSupport(e.target.value as Support | "all")}>
            <option value="all">All</option>
            <option value="for">For</option>
            <option value="against">Against</option>
            <option value="abstain">Abstain</option>
          </select>
        </label>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => downloadCsv(votesToCsv(rows, weight), fileName)}
          disabled={rows.length === 0}
        >
          Export CSV
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{votes.length === 0 ? emptyText : "No votes with this support."}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Voter</th>
                <th scope="col">Support</th>
                <th scope="col" aria-sort={desc ? "descending" : "ascending"}>
                  <button type="button" className="sort-button" onClick={() => setDesc(!desc)}>
                    Weight {desc ? "↓" : "↑"}
                  </button>
                </th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={`${v.transactionHash}-${v.voter}-${v.support}`}>
                  <td>
                    <AddressName address={v.voter} chainId={chainId} />
                  </td>
                  <td>
                    <span className={`badge badge-support-${v.support}`}>{SUPPORT_LABELS[v.support]}</span>
                    {v.split && <span className="muted"> (split vote)</span>}
                  </td>
                  <td className="num">{weight(v.weight)}</td>
                  <td className="reason">{v.reason || <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
