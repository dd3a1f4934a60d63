import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { amountYAxis, CHART_MARGIN, dateText, timeXAxis, useTimeAxis } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { seriesColor, tooltipTheme } from "@/components/chart-theme";
import { chartUnits } from "@/domain/analytics/units";
import type { PowerPoint } from "@/domain/delegation/power-history";
import { amount, type TokenUnits } from "./token-units";

/** A delegate's voting power over time (a step line from DelegateVotesChanged), with its table view. */
export function PowerChart({
  points,
  units,
  block,
}: {
  points: readonly PowerPoint[];
  units: TokenUnits;
  block: number;
}) {
  const rows = useMemo(
    () =>
      points.map((p) => ({
        t: p.timestamp * 1000,
        // A float only for the chart's y position; the table and tooltip show the exact amount.
        y: chartUnits(p.votes, units.decimals),
        label: amount(p.votes, units),
        block: p.blockNumber,
      })),
    [points, units],
  );
  const axis = useTimeAxis(rows);
  const when = (t: number, withTime: boolean) => dateText({ seconds: t / 1000, estimated: false }, withTime);
  return (
    <ChartFrame
      title="Voting power over time"
      caption={`Votes delegated to this address (${units.symbol}) after each change, by date.`}
      source={`${points.length} DelegateVotesChanged logs through block ${block.toLocaleString("en-US")}`}
      columns={[
        { key: "date", label: "Date" },
        { key: "block", label: "Block", numeric: true },
        { key: "votes", label: `Votes (${units.symbol})`, numeric: true },
      ]}
      rows={rows.map((d) => ({
        date: when(d.t, axis.withTime),
        block: d.block.toLocaleString("en-US"),
        votes: d.label,
      }))}
      empty="No voting power delegated to this address yet: this chart will show its votes after each change."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeXAxis(axis)} />
          <YAxis {...amountYAxis(units.symbol, 64)} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(_l, payload) => {
              const row = payload[0]?.payload as (typeof rows)[number] | undefined;
              return row ? `${when(row.t, true)} · block ${row.block.toLocaleString("en-US")}` : "";
            }}
            formatter={(_v, _n, item) => [(item.payload as (typeof rows)[number]).label, "Votes"]}
          />
          <Line
            type="stepAfter"
            dataKey="y"
            name="Votes"
            stroke={seriesColor(0)}
            dot={rows.length === 1}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
