import type { ReactNode } from "react";
import { axisTheme, tooltipTheme } from "./chart-theme";

/** The margin every time-series chart uses (room for the y axis's unit label). */
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;

/** A date tick in the user's locale (ms since the epoch). */
export const dateTick = (ms: number): string =>
  new Date(ms).toLocaleDateString(undefined, { month: "short", day: "numeric", year: "2-digit" });

/** A date in the user's locale, "~" in front when it was estimated from the block time. */
export const dateText = (t: { seconds: number; estimated: boolean }): string =>
  `${t.estimated ? "~" : ""}${new Date(t.seconds * 1000).toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
  })}`;

const compactFormat = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/** An axis tick for a whole-unit value: 1.2K, 3.4M. */
export const compact = (n: number): string => compactFormat.format(n);

/** A y axis's unit label, along the axis. */
export const yLabel = (unit: string) => ({
  value: unit,
  angle: -90,
  position: "insideLeft" as const,
  style: { fill: "var(--muted)", fontSize: 12, textAnchor: "middle" as const },
});

/** A row of a time series: x in ms, whether its date is estimated, and its block. */
export type TimeRow = { t: number; est: boolean; block: number };

/** The tooltip's heading for a time row: its date ("~" when estimated) and block. */
export const rowLabel = (_label: ReactNode, payload: readonly { payload?: unknown }[]): ReactNode => {
  const row = payload[0]?.payload as TimeRow | undefined;
  if (!row) return "";
  return `${dateText({ seconds: row.t / 1000, estimated: row.est })} · block ${row.block.toLocaleString()}`;
};

/** Up to `n` evenly spaced, distinct x ticks (ms) over the rows' time span; recharts would otherwise tick at
 * data points, which crowd and repeat where many blocks share a date. */
export function timeTicks(rows: readonly { t: number }[], n = 4): number[] {
  const first = rows[0]?.t;
  const last = rows[rows.length - 1]?.t;
  if (first === undefined || last === undefined) return [];
  if (last - first < 86_400_000) return [first];
  const step = (last - first) / (n - 1);
  return Array.from({ length: n }, (_, i) => Math.round(first + i * step));
}

/** Props for a time x axis over `TimeRow`s: dates in the user's locale at evenly spaced ticks, themed. */
export const timeXAxis = (rows: readonly { t: number }[]) => ({
  dataKey: "t",
  type: "number" as const,
  domain: ["dataMin", "dataMax"] as [string, string],
  ticks: timeTicks(rows),
  tickFormatter: dateTick,
  ...axisTheme,
});

/** Props for a y axis of amounts in `unit` (compact ticks, the unit along the axis), themed. */
export const amountYAxis = (unit: string, width = 56) => ({
  tickFormatter: compact,
  width,
  ...axisTheme,
  label: yLabel(unit),
});

/** Props for the tooltip of a time series of amounts in `unit`: date and block as heading, compact values. */
export const amountTooltip = (unit: string) => ({
  ...tooltipTheme,
  labelFormatter: rowLabel,
  formatter: (v: unknown, name: unknown): [string, string] => [`${compact(Number(v))} ${unit}`, String(name)],
});

/** Props for a y axis of whole counts (holders, voters), the counted thing along the axis, themed. */
export const countYAxis = (what: string) => ({
  allowDecimals: false,
  width: 48,
  ...axisTheme,
  label: yLabel(what),
});
