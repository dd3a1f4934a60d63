import type { TreasuryReport } from "@/domain/treasury/report";
import { amountFormatter } from "./asset-format";
import { TableScroll } from "./table-scroll";

const months = (m: number | null) =>
  m === null
    ? "no spending to measure"
    : `${m.toLocaleString(undefined, { maximumFractionDigits: 1 })} months`;

/** Months each asset lasts at the average monthly funding outflow, before and after committed + likely outflows. */
export function RunwayPanel({ report }: { report: TreasuryReport }) {
  const fmt = amountFormatter(report.meta);
  const window = report.runways[0]?.windowMonths ?? 6;
  return (
    <section className="panel" aria-labelledby="treasury-runway">
      <h2 id="treasury-runway">Runway</h2>
      <p className="muted">
        Average monthly funding outflow over the last {window} months before the shown block, per asset; the
        second figure subtracts the committed and likely pending outflows first.
      </p>
      <TableScroll label="Runway table">
        <table className="treasury-table">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col" className="num">
                Per month
              </th>
              <th scope="col" className="num">
                Runway
              </th>
              <th scope="col" className="num">
                After pending
              </th>
            </tr>
          </thead>
          <tbody>
            {report.runways.map((r) => (
              <tr key={r.asset}>
                <th scope="row">{report.meta.get(r.asset)?.symbol ?? r.asset}</th>
                <td
                  data-label="Per month"
                  className="num"
                  title={`${r.outflows} funding outflows in ${r.windowMonths} months: ${fmt(r.asset, r.spent)}`}
                >
                  {fmt(r.asset, r.monthlyAverage)}
                </td>
                <td className="num" data-label="Runway">
                  {months(r.months)}
                </td>
                <td className="num" data-label="After pending">
                  {months(r.monthsAfterPending)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
