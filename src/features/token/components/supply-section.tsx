import type { TokenAnalytics } from "@/domain/analytics/token-analytics";
import type { BlockTime } from "@/domain/analytics/units";
import type { TokenUnit } from "../api/use-token-page";
import { BalanceBucketsChart } from "./balance-buckets-chart";
import { logSource } from "./chart-format";
import { HoldersChart } from "./holders-chart";
import { SplitChart } from "./split-chart";
import { SupplyChart } from "./supply-chart";
import "./token.css";

/** Supply over time, treasury vs circulating, delegated vs idle, holders and the balance distribution. */
export function SupplySection({
  a,
  unit,
  timeOf,
  block,
  hasTreasury,
}: {
  a: TokenAnalytics;
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  block: number;
  hasTreasury: boolean;
}) {
  const transfers = logSource(a.counts.transfers, "Transfer", block);
  return (
    <section aria-labelledby="supply-title">
      <h2 id="supply-title" className="token-section-title">
        Supply
      </h2>
      <div className="token-grid">
        <SupplyChart
          series={a.series}
          unit={unit}
          timeOf={timeOf}
          transfers={a.counts.transfers}
          block={block}
        />
        <SplitChart
          title="Treasury vs circulating"
          caption={
            hasTreasury
              ? `The treasury's own ${unit.symbol} and the rest of the supply, stacked to the total.`
              : "This DAO has no treasury address of its own; all supply circulates."
          }
          source={`balances replayed from ${transfers}`}
          parts={[
            { name: "Treasury", of: (p) => p.treasury },
            { name: "Circulating", of: (p) => p.totalSupply - p.treasury },
          ]}
          series={a.series}
          unit={unit}
          timeOf={timeOf}
          colorOffset={1}
        />
        <SplitChart
          title="Delegated vs idle supply"
          caption={`Delegated supply can vote (the sum of all delegates' votes); idle supply was never delegated, so it cannot vote until its holder delegates.`}
          source={`replay of ${logSource(a.counts.voteChanges, "DelegateVotesChanged", block)} and ${transfers}`}
          parts={[
            { name: "Delegated", of: (p) => p.delegatedSupply },
            { name: "Idle", of: (p) => p.totalSupply - p.delegatedSupply },
          ]}
          series={a.series}
          unit={unit}
          timeOf={timeOf}
          colorOffset={2}
        />
        <HoldersChart series={a.series} timeOf={timeOf} source={`balances replayed from ${transfers}`} />
        <BalanceBucketsChart
          buckets={a.buckets}
          unit={unit}
          source={`${a.state.balances.size.toLocaleString()} balances replayed from ${transfers}`}
        />
      </div>
    </section>
  );
}
