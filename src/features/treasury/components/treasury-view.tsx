import { useState } from "react";
import type { TreasuryReport } from "@/domain/treasury/report";
import type { AssetId } from "@/domain/treasury/types";
import { BalanceChart } from "./balance-chart";
import { FlowsTable } from "./flows-table";
import { OutflowsChart } from "./outflows-chart";
import { OutsideOperations } from "./outside-operations";
import { PendingTiers } from "./pending-tiers";
import { RunwayPanel } from "./runway-panel";
import { TreasuryAssets } from "./treasury-assets";
import "./treasury.css";

/** The treasury page's body: assets, charts for one chosen asset, flows, pending outflows, runway, outside ops. */
export function TreasuryView({
  report,
  proposalHref,
}: {
  report: TreasuryReport;
  proposalHref: (id: bigint) => string;
}) {
  const choices = [...report.meta.values()].filter(
    (m) => report.assets.some((a) => a.meta.id === m.id) || report.flows.some((f) => f.asset === m.id),
  );
  const firstToken = choices.find((m) => m.id !== "ETH")?.id ?? "ETH";
  const [picked, setPicked] = useState<AssetId | null>(null);
  const asset = picked && choices.some((c) => c.id === picked) ? picked : firstToken;
  return (
    <>
      <TreasuryAssets report={report} />
      <div className="treasury-filters">
        <label>
          Charts show
          <select value={asset} onChange={(e) => setPicked(e.target.value as AssetId)}>
            {choices.map((m) => (
              <option key={m.id} value={m.id}>
                {m.symbol}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="treasury-grid">
        <BalanceChart report={report} asset={asset} />
        <OutflowsChart report={report} asset={asset} />
      </div>
      <div className="treasury-grid">
        <PendingTiers report={report} proposalHref={proposalHref} />
        <RunwayPanel report={report} />
      </div>
      <OutsideOperations report={report} />
      <FlowsTable report={report} proposalHref={proposalHref} />
    </>
  );
}
