import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import {
  amountTooltip,
  amountYAxis,
  CHART_MARGIN,
  dateText,
  timeXAxis,
  useTimeAxis,
} from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { seriesColor } from "@/components/chart-theme";
import type { TokenSeriesPoint } from "@/domain/analytics/token-series";
import { type BlockTime, chartUnits } from "@/domain/analytics/units";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, timeRow } from "./chart-format";

/** Two parts of the supply stacked over time (treasury vs circulating, delegated vs idle). */
export function SplitChart({
  title,
  caption,
  source,
  parts,
  series,
  unit,
  timeOf,
  colorOffset = 0,
}: {
  title: string;
  caption: string;
  source: string;
  /** The two parts' names and how each is taken from a point; they add up to the total supply. */
  parts: readonly [
    { name: string; of: (p: TokenSeriesPoint) => bigint },
    { name: string; of: (p: TokenSeriesPoint) => bigint },
  ];
  series: readonly TokenSeriesPoint[];
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  colorOffset?: number;
}) {
  const [a, b] = parts;
  const rows = useMemo(
    () =>
      series.map((p) => ({
        ...timeRow(p.blockNumber, timeOf),
        // Floats only for the y position; the table shows the exact amounts.
        a: chartUnits(a.of(p), unit.decimals),
        b: chartUnits(b.of(p), unit.decimals),
        p,
      })),
    [series, unit.decimals, timeOf, a, b],
  );
  const axis = useTimeAxis(rows);
  return (
    <ChartFrame
      title={title}
      caption={caption}
      source={source}
      columns={[
        { key: "date", label: "Date" },
        { key: "block", label: "Block", numeric: true },
        { key: "a", label: `${a.name} (${unit.symbol})`, numeric: true },
        { key: "b", label: `${b.name} (${unit.symbol})`, numeric: true },
      ]}
      rows={rows.map((r) => ({
        date: dateText({ seconds: r.t / 1000, estimated: r.est }, axis.withTime),
        block: r.block.toLocaleString(),
        a: amountText(a.of(r.p), unit),
        b: amountText(b.of(r.p), unit),
      }))}
      empty={`No ${unit.symbol} minted yet: this chart will show ${a.name.toLowerCase()} and ${b.name.toLowerCase()} supply after each change.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeXAxis(axis)} />
          <YAxis {...amountYAxis(unit.symbol, 56, unit.decimals === 0)} />
          <Tooltip
            {...amountTooltip(unit.symbol, (row, key) => {
              const p = (row as { p?: TokenSeriesPoint }).p;
              return p ? amountText((key === "a" ? a : b).of(p), unit) : null;
            })}
          />
          <Legend />
          {[a, b].map((part, i) => (
            <Area
              key={part.name}
              type="stepAfter"
              dataKey={i === 0 ? "a" : "b"}
              name={part.name}
              stackId="supply"
              stroke={seriesColor(colorOffset + i)}
              fill={seriesColor(colorOffset + i)}
              fillOpacity={0.35}
              dot={rows.length === 1}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
