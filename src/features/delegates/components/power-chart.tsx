import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { PowerPoint } from "@/domain/delegation/power-history";
import { formatAmount } from "@/lib/format";
import type { TokenUnits } from "./token-units";

const date = (s: number) => new Date(s * 1000).toLocaleDateString(undefined, { dateStyle: "medium" });

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
  const data = useMemo(
    () =>
      points.map((p) => ({
        t: p.timestamp,
        // A float only for the chart's y position; the table and tooltip show the exact amount.
        y: Number(formatAmount(p.votes, units.decimals, 0).replaceAll(",", "")),
        label: formatAmount(p.votes, units.decimals),
        block: p.blockNumber,
      })),
    [points, units.decimals],
  );
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
      rows={data.map((d) => ({ date: date(d.t), block: d.block.toLocaleString("en-US"), votes: d.label }))}
      empty="This address has never had delegated voting power."
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            domain={["dataMin", "dataMax"]}
            tickFormatter={date}
            {...axisTheme}
          />
          <YAxis
            width={80}
            tickFormatter={(v: number) => v.toLocaleString(undefined, { notation: "compact" })}
            label={{ value: units.symbol, angle: -90, position: "insideLeft", fill: "var(--muted)" }}
            {...axisTheme}
          />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(t) => date(Number(t))}
            formatter={(_v, _n, item) => [`${item.payload.label} ${units.symbol}`, "Votes"]}
          />
          <Line
            type="stepAfter"
            dataKey="y"
            stroke={seriesColor(0)}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
