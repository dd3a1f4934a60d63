import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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
import type { Ranked } from "@/domain/analytics/distribution";
import type { PowerPoint } from "@/domain/analytics/token-series";
import { type BlockTime, chartUnits } from "@/domain/analytics/units";
import { shortAddress } from "@/lib/format";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, timeRow } from "./chart-format";

/** The voting power of today's five largest delegates over time. */
export function PowerOverTimeChart({
  top,
  series,
  unit,
  timeOf,
  source,
  nameOf,
}: {
  top: readonly Ranked[];
  series: readonly PowerPoint[];
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  source: string;
  nameOf: (address: string) => string | null;
}) {
  const names = top.map((d) => nameOf(d.address) ?? shortAddress(d.address));
  const rows = useMemo(
    () =>
      series.map((p) => {
        const row: Record<string, number | boolean | PowerPoint> & { t: number } = {
          ...timeRow(p.blockNumber, timeOf),
          p,
        };
        // Floats only for the y position; the table shows exact amounts.
        p.votes.forEach((v, i) => {
          row[`d${i}`] = chartUnits(v, unit.decimals);
        });
        return row;
      }),
    [series, unit.decimals, timeOf],
  );
  const axis = useTimeAxis(rows);
  return (
    <ChartFrame
      title="Top 5 delegates' power over time"
      caption={`Voting power (${unit.symbol}) of the five delegates who hold the most at this block, after each block that changed one of them.`}
      source={source}
      columns={[
        { key: "date", label: "Date" },
        { key: "block", label: "Block", numeric: true },
        ...names.map((n, i) => ({ key: `d${i}`, label: n, numeric: true })),
      ]}
      rows={series.map((p) => {
        const t = timeOf(p.blockNumber);
        const row: Record<string, string> = {
          date: dateText(t, axis.withTime),
          block: p.blockNumber.toLocaleString(),
        };
        p.votes.forEach((v, i) => {
          row[`d${i}`] = amountText(v, unit);
        });
        return row;
      })}
      empty="Nobody has delegated voting power yet: this chart will show the five largest delegates' power after each change."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeXAxis(axis)} />
          <YAxis {...amountYAxis(unit.symbol, 56, unit.decimals === 0)} />
          <Tooltip
            {...amountTooltip(unit.symbol, (row, key) => {
              const v = (row as { p?: PowerPoint }).p?.votes[Number(key.slice(1))];
              return v === undefined ? null : amountText(v, unit);
            })}
          />
          <Legend />
          {names.map((n, i) => (
            <Line
              key={top[i]?.address ?? n}
              type="stepAfter"
              dataKey={`d${i}`}
              name={n}
              stroke={seriesColor(i)}
              dot={rows.length === 1}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
