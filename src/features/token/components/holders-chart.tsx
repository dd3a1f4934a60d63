import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import {
  CHART_MARGIN,
  countYAxis,
  dateText,
  rowLabel,
  timeXAxis,
  useTimeAxis,
} from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { TokenSeriesPoint } from "@/domain/analytics/token-series";
import type { BlockTime } from "@/domain/analytics/units";
import { timeRow } from "./chart-format";

/** How many addresses held a non-zero balance, over time. */
export function HoldersChart({
  series,
  timeOf,
  source,
}: {
  series: readonly TokenSeriesPoint[];
  timeOf: (b: number) => BlockTime;
  source: string;
}) {
  const rows = useMemo(
    () => series.map((p) => ({ ...timeRow(p.blockNumber, timeOf), holders: p.holders })),
    [series, timeOf],
  );
  const axis = useTimeAxis(rows);
  return (
    <ChartFrame
      title="Holders over time"
      caption="Addresses with a non-zero balance (the treasury included) after each block that changed the count."
      source={source}
      columns={[
        { key: "date", label: "Date" },
        { key: "block", label: "Block", numeric: true },
        { key: "holders", label: "Holders", numeric: true },
      ]}
      rows={rows.map((r) => ({
        date: dateText({ seconds: r.t / 1000, estimated: r.est }, axis.withTime),
        block: r.block.toLocaleString(),
        holders: r.holders.toLocaleString(),
      }))}
      empty="No tokens held yet: this chart will show how many addresses hold a balance after each transfer."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeXAxis(axis)} />
          <YAxis {...countYAxis("holders")} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={rowLabel}
            formatter={(v, name) => [`${Number(v).toLocaleString()} addresses`, String(name)]}
          />
          <Line
            type="stepAfter"
            dataKey="holders"
            name="Holders"
            stroke={seriesColor(2)}
            dot={rows.length === 1}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
