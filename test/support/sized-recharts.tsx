import { cloneElement, type ReactElement } from "react";

/** A ResponsiveContainer of the size a 600 × 260 px frame would give. */
function FixedContainer({ children }: { children: ReactElement<{ width?: number; height?: number }> }) {
  return cloneElement(children, { width: 600, height: 260 });
}

/** recharts with a fixed-size ResponsiveContainer (jsdom lays nothing out, so it would measure 0 × 0):
 * `vi.mock("recharts", async (orig) => (await import("…/sized-recharts")).sizedRecharts(await orig()))`. */
export const sizedRecharts = <T extends object>(actual: T): T => ({
  ...actual,
  ResponsiveContainer: FixedContainer,
});

/** The x axis's tick labels as drawn. */
export const xTickTexts = (c: HTMLElement): string[] =>
  [...c.querySelectorAll('.recharts-cartesian-axis-tick-value[orientation="bottom"]')].map(
    (t) => t.textContent ?? "",
  );

/** The y axis's tick labels as drawn. */
export const yTickTexts = (c: HTMLElement): string[] =>
  [...c.querySelectorAll('.recharts-cartesian-axis-tick-value[orientation="left"]')].map(
    (t) => t.textContent ?? "",
  );

/** The y axis's unit label (the rotated text beside it). */
export const yAxisLabel = (c: HTMLElement): string | null =>
  c.querySelector(".recharts-yAxis ~ text.recharts-label, .recharts-label")?.textContent ?? null;
