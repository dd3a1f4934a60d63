import type { ReactNode } from "react";
import type { BlockTime } from "@/domain/analytics/units";
import { formatAmount } from "@/lib/format";
import type { TokenUnit } from "../api/use-token-page";

/** A date tick in the user's locale (ms since the epoch). */
export const dateTick = (ms: number): string =>
  new Date(ms).toLocaleDateString(undefined, { month: "short", day: "numeric", year: "2-digit" });

/** A date in the user's locale, "~" in front when it was estimated from the block time. */
export const dateText = (t: BlockTime): string =>
  `${t.estimated ? "~" : ""}${new Date(t.seconds * 1000).toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
  })}`;

const compactFormat = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/** An axis tick for a whole-unit value: 1.2K, 3.4M. */
export const compact = (n: number): string => compactFormat.format(n);

/** A raw amount in the token's unit: "1,250.5 AIC", "3 NFTs". */
export const amountText = (raw: bigint, unit: TokenUnit): string =>
  `${formatAmount(raw, unit.decimals)} ${unit.symbol}`;

/** A share (0..1) as a percentage with one decimal. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** A row of a time series: x in ms, whether its date is estimated, and its block. */
export type TimeRow = { t: number; est: boolean; block: number };

/** A time row for a block. */
export const timeRow = (block: number, timeOf: (b: number) => BlockTime): TimeRow => {
  const time = timeOf(block);
  return { t: time.seconds * 1000, est: time.estimated, block };
};

/** The tooltip's heading for a time row: its date ("~" when estimated) and block. */
export const rowLabel = (_label: ReactNode, payload: readonly { payload?: unknown }[]): ReactNode => {
  const row = payload[0]?.payload as TimeRow | undefined;
  if (!row) return "";
  return `${dateText({ seconds: row.t / 1000, estimated: row.est })} · block ${row.block.toLocaleString()}`;
};

/** "from N <kind> logs through block B". */
export const logSource = (count: number, kind: string, block: number): string =>
  `${count.toLocaleString()} ${kind} logs through block ${block.toLocaleString()}`;

/** A y axis's unit label, along the axis. */
export const yLabel = (unit: string) => ({
  value: unit,
  angle: -90,
  position: "insideLeft" as const,
  style: { fill: "var(--muted)", fontSize: 12, textAnchor: "middle" as const },
});

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
