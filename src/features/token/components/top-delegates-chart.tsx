import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { compact } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import { ratio } from "@/domain/analytics/concentration";
import type { Ranked } from "@/domain/analytics/distribution";
import { chartUnits } from "@/domain/analytics/units";
import { shortAddress } from "@/lib/format";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, percent } from "./chart-format";

/** The delegates with the most voting power, as bars, with their share of all delegated power. */
export function TopDelegatesChart({
  ranked,
  delegated,
  unit,
  source,
  nameOf,
}: {
  ranked: readonly Ranked[];
  delegated: bigint;
  unit: TokenUnit;
  source: string;
  nameOf: (address: string) => string | null;
}) {
  const top = ranked.slice(0, 10);
  const label = (a: string) => nameOf(a) ?? shortAddress(a);
  // Floats only for the bar length; the table shows exact amounts.
  const rows = top.map((r) => ({ name: label(r.address), votes: chartUnits(r.votes, unit.decimals), r }));
  return (
    <ChartFrame
      title="Top delegates"
      caption={
        top.length > 0
          ? `Voting power (${unit.symbol}) of the ${top.length} largest of ${ranked.length.toLocaleString()} delegates.`
          : `Voting power (${unit.symbol}) of the largest delegates.`
      }
      source={source}
      columns={[
        { key: "rank", label: "#", numeric: true },
        { key: "delegate", label: "Delegate" },
        { key: "votes", label: `Votes (${unit.symbol})`, numeric: true },
        { key: "share", label: "Share of delegated", numeric: true },
      ]}
      rows={top.map((r, i) => ({
        rank: i + 1,
        delegate: `${label(r.address)} (${r.address})`,
        votes: amountText(r.votes, unit),
        share: percent(ratio(r.votes, delegated)),
      }))}
      empty="Nobody has delegated voting power yet: this chart will show the ten delegates with the most."
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={compact} {...axisTheme} unit={` ${unit.symbol}`} />
          <YAxis type="category" dataKey="name" width={96} interval={0} {...axisTheme} />
          <Tooltip
            {...tooltipTheme}
            // The bar's label may be a name: the tooltip gives the full address beside it.
            labelFormatter={(text, payload) => {
              const r = (payload?.[0]?.payload as { r?: Ranked } | undefined)?.r;
              return r ? `${label(r.address)} · ${r.address}` : String(text);
            }}
            formatter={(_v, _n, item) => {
              const r = (item.payload as { r: Ranked }).r;
              return [`${amountText(r.votes, unit)} (${percent(ratio(r.votes, delegated))})`, "Votes"];
            }}
          />
          <Bar dataKey="votes" name="Votes" fill={seriesColor(0)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
