import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { amountYAxis } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import { chartUnits } from "@/domain/analytics/units";
import type { TreasuryReport } from "@/domain/treasury/report";
import { monthlyOutflows } from "@/domain/treasury/series";
import type { AssetId } from "@/domain/treasury/types";
import { countOf } from "@/lib/plural";
import { amountFormatter, blockText } from "./asset-format";

const COLUMNS = [
  { key: "month", label: "Month" },
  { key: "funding", label: "Funding", numeric: true },
  { key: "other", label: "Other", numeric: true },
];

const monthLabel = (m: string) =>
  new Date(`${m}-01T00:00:00Z`).toLocaleDateString(undefined, {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });

/** One asset's outflows per month, stacked by category (funding proposals vs everything else). */
export function OutflowsChart({ report, asset }: { report: TreasuryReport; asset: AssetId }) {
  const meta = report.meta.get(asset);
  const fmt = amountFormatter(report.meta);
  const decimals = meta?.decimals ?? 0;
  const months = useMemo(() => monthlyOutflows(report.flows, asset), [report, asset]);
  // Floats only for the bars' heights; the table and tooltip show the exact bigints.
  const toY = (v: bigint) => chartUnits(v, decimals);
  const data = months.map((m) => ({ month: m.month, funding: toY(m.funding), other: toY(m.other), raw: m }));
  const count = report.flows.filter((f) => f.asset === asset && f.direction === "out").length;
  const symbol = meta?.symbol ?? "";
  return (
    <ChartFrame
      title={`${symbol} outflows by month`}
      caption={`Sum of ${countOf(count, "outflow")} of ${symbol} per calendar month (UTC) through block ${blockText(report.block)}; "Funding" is paid by proposals whose actions move money.`}
      source={asset === "ETH" ? "CallExecuted values" : "Transfer logs from the treasury"}
      columns={COLUMNS}
      rows={months.map((m) => ({
        month: monthLabel(m.month),
        funding: fmt(asset, m.funding),
        other: fmt(asset, m.other),
      }))}
      empty={`No ${symbol} has left the treasury yet: this chart will show each month's outflows by kind.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={monthLabel} {...axisTheme} />
          <YAxis {...amountYAxis(symbol, 64, decimals === 0)} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(m) => monthLabel(String(m))}
            formatter={(_v, name, item) => {
              const raw = (item.payload as { raw: { funding: bigint; other: bigint } }).raw;
              return [fmt(asset, name === "Funding" ? raw.funding : raw.other), String(name)];
            }}
          />
          <Legend />
          <Bar dataKey="funding" name="Funding" stackId="c" fill={seriesColor(0)} isAnimationActive={false} />
          <Bar dataKey="other" name="Other" stackId="c" fill={seriesColor(1)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
