import type { TokenAnalytics } from "@/domain/analytics/token-analytics";
import type { BlockTime } from "@/domain/analytics/units";
import type { TokenUnit } from "../api/use-token-page";
import { logSource } from "./chart-format";
import { ConcentrationStats } from "./concentration-stats";
import { LorenzChart } from "./lorenz-chart";
import { PowerOverTimeChart } from "./power-over-time-chart";
import { TopDelegatesChart } from "./top-delegates-chart";
import "./token.css";

/** Who holds the votes: headline concentration figures, top delegates, Lorenz curve, top 5 over time. */
export function VotingPowerSection({
  a,
  quorum,
  unit,
  timeOf,
  block,
  nameOf,
}: {
  a: TokenAnalytics;
  quorum: bigint | null;
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  block: number;
  nameOf: (address: string) => string | null;
}) {
  const source = `delegates' votes replayed from ${logSource(a.counts.voteChanges, "DelegateVotesChanged", block)}`;
  return (
    <section aria-labelledby="power-title">
      <h2 id="power-title" className="token-section-title">
        Voting power
      </h2>
      <ConcentrationStats a={a} quorum={quorum} unit={unit} block={block} />
      <div className="token-grid">
        <TopDelegatesChart
          ranked={a.ranked}
          delegated={a.state.delegatedSupply}
          unit={unit}
          source={source}
          nameOf={nameOf}
        />
        <LorenzChart points={a.lorenz} gini={a.gini} delegates={a.ranked.length} source={source} />
        <PowerOverTimeChart
          top={a.topFive}
          series={a.topFiveSeries}
          unit={unit}
          timeOf={timeOf}
          source={source}
          nameOf={nameOf}
        />
      </div>
    </section>
  );
}
