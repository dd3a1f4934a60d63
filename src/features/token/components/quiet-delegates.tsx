import type { VotingRecord } from "@/domain/analytics/participation";
import { shortAddress } from "@/lib/format";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, percent } from "./chart-format";
import "./token.css";

/** The most powerful delegates who vote least, with their record. */
export function QuietDelegates({
  records,
  unit,
  source,
  nameOf,
}: {
  records: readonly VotingRecord[];
  unit: TokenUnit;
  source: string;
  nameOf: (address: string) => string | null;
}) {
  return (
    <section className="panel" aria-labelledby="quiet-title">
      <h2 id="quiet-title">Powerful delegates who vote least</h2>
      <p className="muted">
        The 10 delegates with the most votes, least active first: the share of the proposals created after
        they first held power that they voted on.
      </p>
      {records.length === 0 ? (
        <p className="muted">No delegate could have voted on a proposal yet.</p>
      ) : (
        <div className="token-table-wrap">
          <table className="token-table">
            <thead>
              <tr>
                <th scope="col">Delegate</th>
                <th scope="col" className="num">
                  Votes ({unit.symbol})
                </th>
                <th scope="col" className="num">
                  Voted on
                </th>
                <th scope="col" className="num">
                  Rate
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.address}>
                  <td title={r.address}>{nameOf(r.address) ?? shortAddress(r.address)}</td>
                  <td className="num">{amountText(r.votes, unit)}</td>
                  <td className="num">
                    {r.voted} of {r.eligible}
                  </td>
                  <td className="num">{percent(r.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="chart-frame-source muted">Source: {source}</p>
    </section>
  );
}
