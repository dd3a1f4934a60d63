import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN, countYAxis, dateText, timeXAxis, useTimeAxis } from "@/components/chart-axes";
import { ChartFrame } from "@/components/chart-frame";
import { axisTheme, seriesColor, tooltipTheme } from "@/components/chart-theme";
import type { CharterPoint } from "@/domain/charter/history";

const blockText = (b: number) => b.toLocaleString("en-US");

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
  const rows = useMemo(
    () =>
      series.map((p) => ({
        t: byTime ? (p.timestamp ?? 0) * 1000 : p.block,
        active: p.active,
        retired: p.retired,
        block: p.block,
        seconds: p.timestamp,
      })),
    [series, byTime],
  );
  const axis = useTimeAxis(byTime ? rows : []);
  const dateOf = (seconds: number | null, withTime: boolean) =>
    seconds === null ? "—" : dateText({ seconds, estimated: false }, withTime);
  const xAxis = byTime
    ? timeXAxis(axis)
    : {
        dataKey: "t",
        type: "number" as const,
        domain: ["dataMin", "dataMax"] as [string, string],
        tickFormatter: (b: number) => `block ${blockText(b)}`,
        minTickGap: 24,
        ...axisTheme,
      };
  return (
    <ChartFrame
      title="Principles over time"
      caption={`Principles in force and retired after each charter change${byTime ? "" : ", by block (the logs carry no block times)"}.`}
      source={`${logCount} PrincipleRatified / PrincipleRetired logs through block ${blockText(atBlock)}`}
      columns={[
        { key: "when", label: "Date" },
        { key: "block", label: "Block", numeric: true },
        { key: "active", label: "In force", numeric: true },
        { key: "retired", label: "Retired", numeric: true },
      ]}
      rows={rows.map((r) => ({
        when: dateOf(r.seconds, axis.withTime),
        block: blockText(r.block),
        active: r.active,
        retired: r.retired,
      }))}
      empty="No principle has been ratified yet: this chart will show how many are in force and retired after each charter change."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...xAxis} />
          <YAxis {...countYAxis("principles")} />
          <Tooltip
            {...tooltipTheme}
            labelFormatter={(_l, payload) => {
              const row = payload[0]?.payload as (typeof rows)[number] | undefined;
              return row ? `${dateOf(row.seconds, true)} · block ${blockText(row.block)}` : "";
            }}
            formatter={(v, name) => [`${String(v)} principles`, String(name)]}
          />
          <Line
            type="stepAfter"
            dataKey="active"
            name="In force"
            stroke={seriesColor(0)}
            strokeWidth={2}
            dot
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="retired"
            name="Retired"
            stroke={seriesColor(1)}
            strokeDasharray="4 3"
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
