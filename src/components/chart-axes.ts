import { type ReactNode, useMemo } from "react";
import { type TimeAxis, timeAxis } from "@/lib/time-axis";
import { axisTheme, tooltipTheme } from "./chart-theme";

/** The margin every time-series chart uses (room for the y axis's unit label). */
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;

/** A date in the user's locale (with its time of day when `withTime`), "~" in front when it was estimated
 * from the block time. */
export const dateText = (t: { seconds: number; estimated: boolean }, withTime = false): string =>
  `${t.estimated ? "~" : ""}${new Date(t.seconds * 1000).toLocaleString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
    ...(withTime ? { hour: "numeric", minute: "2-digit" } : {}),
  })}`;

const compactFormat = new Intl.NumberFormat(undefined, {
  notation: "compact",
  maximumSignificantDigits: 3,
});

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

/** The tooltip's heading for a time row: its date and time ("~" when estimated) and block. */
export const rowLabel = (_label: ReactNode, payload: readonly { payload?: unknown }[]): ReactNode => {
  const row = payload[0]?.payload as TimeRow | undefined;
  if (!row) return "";
  return `${dateText({ seconds: row.t / 1000, estimated: row.est }, true)} · block ${row.block.toLocaleString()}`;
};

/** The time axis of rows over time (ms in `t`), recomputed only when the rows change. */
export const useTimeAxis = (rows: readonly { t: number }[]): TimeAxis =>
  useMemo(() => timeAxis(rows.map((r) => r.t)), [rows]);

/** Props for recharts' time x axis from a `TimeAxis`: its domain, ticks and labels, themed; the ticks are
 * round times of the user's zone, so labels do not crowd or repeat where many blocks share a date. */
export const timeXAxis = (axis: TimeAxis, dataKey = "t") => ({
  dataKey,
  type: "number" as const,
  scale: "linear" as const,
  domain: axis.domain,
  ticks: axis.ticks,
  tickFormatter: axis.tickFormatter,
  interval: "preserveStartEnd" as const,
  minTickGap: 8,
  allowDataOverflow: false,
  ...axisTheme,
});

/** Props for a y axis of amounts in `unit` (compact ticks, the unit along the axis), themed; `whole` for
 * tokens without decimals (ERC721Votes), whose amounts are whole votes. */
export const amountYAxis = (unit: string, width = 56, whole = false) => ({
  tickFormatter: compact,
  allowDecimals: !whole,
  width,
  ...axisTheme,
  label: yLabel(unit),
});

/** Props for the tooltip of a time series of amounts in `unit`: date and block as heading; each value is
 * `exact(row, dataKey)` (the bigint's text, as in the table) when given, else a compact approximation. */
export const amountTooltip = (unit: string, exact?: (row: unknown, dataKey: string) => string | null) => ({
  ...tooltipTheme,
  labelFormatter: rowLabel,
  formatter: (
    v: unknown,
    name: unknown,
    item: { payload?: unknown; dataKey?: unknown },
  ): [string, string] => [
    exact?.(item.payload, String(item.dataKey)) ?? `${compact(Number(v))} ${unit}`,
    String(name),
  ],
});

/** Props for a y axis of whole counts (holders, voters), the counted thing along the axis, themed. */
export const countYAxis = (what: string) => ({
  allowDecimals: false,
  width: 48,
  ...axisTheme,
  label: yLabel(what),
});
