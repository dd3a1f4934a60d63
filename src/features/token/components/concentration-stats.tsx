import { ratio } from "@/domain/analytics/concentration";
import type { TokenAnalytics } from "@/domain/analytics/token-analytics";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, percent } from "./chart-format";
import { StatList } from "./stat-list";

/** Gini, both Nakamoto coefficients, top-10 share and delegated share of supply, at one block. */
export function ConcentrationStats({
  a,
  quorum,
  unit,
  block,
}: {
  a: TokenAnalytics;
  quorum: bigint | null;
  unit: TokenUnit;
  block: number;
}) {
  const delegates = a.ranked.length;
  const at = `${delegates.toLocaleString()} delegates' votes at block ${block.toLocaleString()}`;
  const s = a.state;
  return (
    <StatList
      label="Concentration of voting power"
      stats={[
        {
          label: "Delegates to reach quorum",
          value: a.nakamotoQuorum ?? "—",
          note:
            quorum === null
              ? "The governor's quorum could not be read at this block."
              : a.nakamotoQuorum === null
                ? `All delegates together hold less than quorum (${amountText(quorum, unit)}).`
                : `Fewest delegates whose votes reach quorum (${amountText(quorum, unit)}); from ${at}.`,
        },
        {
          label: "Nakamoto coefficient",
          value: a.nakamotoMajority ?? "—",
          note: `Fewest delegates with more than 50% of delegated power; from ${at}.`,
        },
        {
          label: "Gini coefficient",
          value: delegates ? a.gini.toFixed(3) : "—",
          note: `0 is equal power, 1 − 1/n one delegate holding all; over ${at}.`,
        },
        {
          label: "Top-10 share",
          value: delegates ? percent(a.topTenShare) : "—",
          note: `Share of delegated power held by the 10 largest delegates; from ${at}.`,
        },
        {
          label: "Delegated supply",
          value: percent(ratio(s.delegatedSupply, s.totalSupply)),
          note: `${amountText(s.delegatedSupply, unit)} of ${amountText(s.totalSupply, unit)} can vote; the rest is idle (never delegated).`,
        },
      ]}
    />
  );
}
