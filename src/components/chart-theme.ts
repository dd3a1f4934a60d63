/** Series colours (CSS variables, so light and dark themes both work); index with `seriesColor(i)`. */
export const SERIES_COLORS = [
  "var(--chart-1)",
  "var(--chart-2)",
  "var(--chart-3)",
  "var(--chart-4)",
  "var(--chart-5)",
  "var(--chart-6)",
] as const;

/** The colour of the i-th series, cycling through the palette. */
export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length] ?? "var(--chart-1)";

/** Props for recharts' <Tooltip> so it follows the theme, and wraps its lines instead of running past a phone's
 * edge (recharts sets `white-space: nowrap`; a date, a block and an amount with its unit exceed 390 px). It is kept
 * inside the plot area, which is the screen less the page margins and the y axis: about 100vw - 9rem on a phone. */
export const tooltipTheme = {
  contentStyle: {
    background: "var(--surface)",
    borderColor: "var(--border)",
    color: "var(--text)",
    whiteSpace: "normal",
    maxWidth: "min(20rem, calc(100vw - 9rem))",
  },
  labelStyle: { color: "var(--text)" },
  itemStyle: { color: "var(--text)" },
} as const;

/** Props for recharts' axes so ticks follow the theme. */
export const axisTheme = { stroke: "var(--border)", tick: { fill: "var(--muted)", fontSize: 12 } } as const;
