import { AddressText } from "@/components/address";
import type { TreasuryReport } from "@/domain/treasury/report";
import { amountFormatter, blockText } from "./asset-format";
import { TableScroll } from "./table-scroll";

/** Every asset the treasury holds at the shown block: balance with its source, share, and the reconciliation
 * of each ERC-20's logs with its balanceOf. */
export function TreasuryAssets({ report }: { report: TreasuryReport }) {
  const fmt = amountFormatter(report.meta);
  const at = blockText(report.block);
  return (
    <section className="panel" aria-labelledby="treasury-assets">
      <h2 id="treasury-assets">Assets</h2>
      <p className="muted">
        Held by <AddressText address={report.parties.treasury} /> (
        {report.parties.timelock ? "the timelock" : "the governor itself"}). Shares are of the listed total in
        whole-token units: no prices are fetched.
      </p>
      <TableScroll label="Assets table">
        <table className="treasury-table">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col" className="num">
                Balance
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {report.eth.balance === null && (
              <tr>
                <th scope="row">ETH</th>
                <td className="num" colSpan={3}>
                  not known: eth_getBalance at block {at} was not served by the node
                </td>
              </tr>
            )}
            {report.assets.map((a) => {
              const r = a.meta.id === "ETH" ? null : report.reconciliations.get(a.meta.id);
              return (
                <tr key={a.meta.id}>
                  <th scope="row">
                    {a.meta.symbol}
                    {a.meta.id !== "ETH" && (
                      <span className="treasury-source">
                        <AddressText address={a.meta.id} />
                      </span>
                    )}
                    {a.meta.oddity && <span className="treasury-flag">{a.meta.oddity}</span>}
                  </th>
                  <td className="num" data-label="Balance" title={a.source}>
                    {fmt(a.meta.id, a.balance, false)}
                    <span className="treasury-source">{a.source}</span>
                  </td>
                  <td className="num" data-label="Share">
                    {(a.shareBps / 100).toFixed(1)}%
                  </td>
                  <td>
                    {r === null || r === undefined ? (
                      <span className="muted">ETH received is in no log: not reconcilable</span>
                    ) : r.status === "reconciled" ? (
                      <span className="status-ok">
                        Reconciled at block {blockText(r.block)}: 0 + in − out of {r.logs} Transfer logs =
                        balanceOf
                      </span>
                    ) : r.status === "mismatch" ? (
                      <span className="status-bad" role="alert">
                        Logs give {fmt(a.meta.id, r.computed)} but balanceOf says {fmt(a.meta.id, r.read)}{" "}
                        (rebasing, fee-on-transfer or missing logs)
                      </span>
                    ) : (
                      <span className="muted">
                        Not checked at block {blockText(r.block)}: {r.why}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
