import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { CharterPoint } from "@/domain/charter/history";

const dateOf = (seconds: number) =>
  new Date(seconds * 1000).toLocaleDateString(undefined, { dateStyle: "medium" });

/** Principles in force and retired over time (a step chart; one point per block with a charter event). */
export function CharterChart({
  series,
  atBlock,
  logCount,
}: {
  series: CharterPoint[];
  atBlock: number;
  logCount: number;
}) {
  // Time on the axis when every log carried its block's timestamp, else block numbers.
  const byTime = series.length > 0 && series.every((p) => p.timestamp !== null);
  const data = useMemo(
    () =>
      series.map((p) => ({
        x: byTime ? (p.timestamp ?? 0) : p.block,
        active: p.active,
        retired: p.retired,
        block: p.block,
      })),
    [series, byTime],
  );
  const xLabel = (x: number) => (byTime ? dateOf(x) : `block ${x.toLocaleString("en-US")}`);
  return (
    <ChartFrame
      title="Principles over time"
      caption="Principles in force and retired after each charter change."
      source={`${logCount} PrincipleRatified / PrincipleRetired logs through block ${atBlock.toLocaleString("en-US")}`}
      columns={[
        { key: "when", label: byTime ? "Date" : "Block" },
        { key: "block", label: "Block", numeric: true },
        { key: "active", label: "In force", numeric: true },
        { key: "retired", label: "Retired", numeric: true },
      ]}
      rows={series.map((p) => ({
        when: p.timestamp !== null ? dateOf(p.timestamp) : "—",
        block: p.block.toLocaleString("en-US"),
        active: p.active,
        retired: p.retired,
      }))}
      empty="No principle has been ratified yet."
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={["dataMin", "dataMax"]}
            tickFormatter={xLabel}
            {...axisTheme}
            minTickGap={24}
          />
          <YAxis
            allowDecimals={false}
            width={48}
            {...axisTheme}
            label={{
              value: "principles",
              angle: -90,
              position: "insideLeft",
              fill: "var(--muted)",
              fontSize: 12,
            }}
          />
          <Tooltip {...tooltipTheme} labelFormatter={(x) => xLabel(Number(x))} />
          <Line
            type="stepAfter"
            dataKey="active"
            name="In force (principles)"
            stroke={seriesColor(0)}
            strokeWidth={2}
            dot
          />
          <Line
            type="stepAfter"
            dataKey="retired"
            name="Retired (principles)"
            stroke={seriesColor(1)}
            strokeDasharray="4 3"
            dot
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
