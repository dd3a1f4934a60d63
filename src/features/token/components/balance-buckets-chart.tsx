import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN, countYAxis } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { BalanceBucket } from "@/domain/analytics/distribution";
import type { TokenUnit } from "../api/use-token-page";
import { amountText } from "./chart-format";

const bound = (v: bigint) =>
  v >= 1_000_000n
    ? `${(v / 1_000_000n).toLocaleString()}M`
    : v >= 1000n
      ? `${(v / 1000n).toLocaleString()}k`
      : v.toString();

/** The bucket's range in whole units: "<1", "1–10", "10k–100k". */
export const bucketLabel = (b: BalanceBucket) => (b.from === 0n ? "<1" : `${bound(b.from)}–${bound(b.to)}`);

/** How many holders have balances in each power-of-ten range. */
export function BalanceBucketsChart({
  buckets,
  unit,
  source,
}: {
  buckets: readonly BalanceBucket[];
  unit: TokenUnit;
  source: string;
}) {
  const rows = buckets.map((b) => ({ range: bucketLabel(b), holders: b.holders, b }));
  return (
    <ChartFrame
      title="Balance distribution"
      caption={`Holders by balance, in ranges that grow tenfold (log scale, whole ${unit.symbol}).`}
      source={source}
      columns={[
        { key: "range", label: `Balance (${unit.symbol})` },
        { key: "holders", label: "Holders", numeric: true },
        { key: "total", label: "Held in total", numeric: true },
      ]}
      rows={buckets.map((b) => ({
        range: bucketLabel(b),
        holders: b.holders.toLocaleString(),
        total: amountText(b.total, unit),
      }))}
      empty={`No ${unit.symbol} held yet: this chart will show how many holders have balances in each tenfold range.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="range" interval={0} {...axisTheme} />
          <YAxis {...countYAxis("holders")} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(l) => `${l} ${unit.symbol}`}
            formatter={(v, _n, item) => [
              `${Number(v).toLocaleString()} holding ${amountText((item.payload as { b: BalanceBucket }).b.total, unit)}`,
              "Holders",
            ]}
          />
          <Bar dataKey="holders" name="Holders" fill={seriesColor(4)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
