import { useMemo, useState } from "react";
import { AddressText } from "@/components/address";
import { flowsToCsv } from "@/domain/treasury/csv";
import type { TreasuryReport } from "@/domain/treasury/report";
import type { AssetId, Flow } from "@/domain/treasury/types";
import { downloadCsv } from "@/lib/download";
import { countOf } from "@/lib/plural";
import { amountFormatter, blockText, dateOf } from "./asset-format";
import { TableScroll } from "./table-scroll";

type Filter = { asset: AssetId | "all"; direction: "all" | "in" | "out"; category: "all" | Flow["category"] };

/** Every inflow and outflow, newest first, each outflow with the proposal that paid it; filterable, as CSV. */
export function FlowsTable({
  report,
  proposalHref,
}: {
  report: TreasuryReport;
  proposalHref: (id: bigint) => string;
}) {
  const [f, setF] = useState<Filter>({ asset: "all", direction: "all", category: "all" });
  const fmt = amountFormatter(report.meta);
  const rows = useMemo(
    () =>
      report.flows
        .filter(
          (x) =>
            (f.asset === "all" || x.asset === f.asset) &&
            (f.direction === "all" || x.direction === f.direction),
        )
        .filter((x) => f.category === "all" || x.category === f.category)
        .reverse(),
    [report, f],
  );
  const linkText = (x: Flow) =>
    x.link.kind === "proposal"
      ? `proposal ${x.link.proposalId}: ${report.titles.get(x.link.proposalId) ?? ""}`
      : x.link.kind === "outside"
        ? `timelock operation ${x.link.operationId} (outside the vote)`
        : "";
  const csv = () =>
    flowsToCsv(rows, (x) => ({
      date: dateOf(x.timestamp),
      asset: report.meta.get(x.asset)?.symbol ?? x.asset,
      amount: fmt(x.asset, x.amount, false),
      link: linkText(x),
    }));
  const assets = [...report.meta.values()].filter((m) => report.flows.some((x) => x.asset === m.id));
  return (
    <section className="panel" aria-labelledby="treasury-flows">
      <h2 id="treasury-flows">Flows</h2>
      <p className="muted">
        {countOf(report.flows.length, "flow")} through block {blockText(report.block)}: ERC-20s from Transfer
        logs, ETH paid out from CallExecuted values. ETH received is in no log and not listed.
      </p>
      <div className="treasury-filters">
        <label>
          Asset
          <select value={f.asset} onChange={(e) => setF({ ...f, asset: e.target.value as Filter["asset"] })}>
            <option value="all">All</option>
            {assets.map((m) => (
              <option key={m.id} value={m.id}>
                {m.symbol}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select
            value={f.direction}
            onChange={(e) => setF({ ...f, direction: e.target.value as Filter["direction"] })}
          >
            <option value="all">Both</option>
            <option value="in">In</option>
            <option value="out">Out</option>
          </select>
        </label>
        <label>
          Category
          <select
            value={f.category}
            onChange={(e) => setF({ ...f, category: e.target.value as Filter["category"] })}
          >
            <option value="all">All</option>
            <option value="funding">Funding</option>
            <option value="other">Other</option>
          </select>
        </label>
        <button
          type="button"
          className="btn btn-small"
          disabled={rows.length === 0}
          onClick={() => downloadCsv(csv(), `treasury-flows-${report.block}.csv`)}
        >
          Export CSV
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No flows match.</p>
      ) : (
        <TableScroll label="Flows table">
          <table className="treasury-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Counterparty</th>
                <th scope="col">Paid by</th>
                <th scope="col">Category</th>
                <th scope="col" className="num">
                  Block
                </th>
                <th scope="col">Tx</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.id} data-flow={x.direction}>
                  <td>{dateOf(x.timestamp)}</td>
                  <td className="num" title={`${x.source}, block ${blockText(x.block)}, log ${x.logIndex}`}>
                    {x.direction === "in" ? "+" : "−"}
                    {fmt(x.asset, x.amount)}
                  </td>
                  <td>
                    <AddressText address={x.counterparty} />
                  </td>
                  <td>
                    {x.link.kind === "proposal" ? (
                      <a href={proposalHref(x.link.proposalId)}>
                        {report.titles.get(x.link.proposalId) || `Proposal ${x.link.proposalId}`}
                      </a>
                    ) : x.link.kind === "outside" ? (
                      <span className="treasury-flag">Outside the vote</span>
                    ) : (
                      <span className="muted">
                        {x.direction === "in" ? "deposit" : "no proposal (not via the timelock)"}
                      </span>
                    )}
                  </td>
                  <td data-label="Category">{x.category === "funding" ? "Funding" : "Other"}</td>
                  <td className="num" data-label="Block">
                    {blockText(x.block)}
                  </td>
                  <td>
                    <code title={x.tx}>{`${x.tx.slice(0, 10)}…`}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
