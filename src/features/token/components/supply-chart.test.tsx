import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { TokenSeriesPoint } from "@/domain/analytics/token-series";
import { xTickTexts } from "../../../../test/support/sized-recharts";
import { SupplyChart } from "./supply-chart";

vi.mock("recharts", async (orig) =>
  (await import("../../../../test/support/sized-recharts")).sizedRecharts(await orig<object>()),
);

const NOON = Date.UTC(2026, 0, 15, 12, 0, 0) / 1000;
const unit = { decimals: 18, symbol: "AIC", isNft: false };
const point = (blockNumber: number, supply: bigint, minted: bigint): TokenSeriesPoint => ({
  blockNumber,
  totalSupply: supply * 10n ** 18n,
  delegatedSupply: 0n,
  treasury: 0n,
  holders: 1,
  minted: minted * 10n ** 18n,
  burned: 0n,
});
// Blocks 10, 11, 12 minted 90 minutes apart: the whole history is three hours of one day.
const timeOf = (b: number) => ({ seconds: NOON + (b - 10) * 5400, estimated: false });

const renderChart = (series: TokenSeriesPoint[]) =>
  render(<SupplyChart series={series} unit={unit} timeOf={timeOf} transfers={series.length} block={12} />);
/** The x coordinates the supply line passes through. */
const lineXs = (c: HTMLElement) => {
  const d = c.querySelector(".recharts-line-curve")?.getAttribute("d") ?? "";
  return [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
};

describe("SupplyChart over a short history", () => {
  it("spreads a three-hour history across the axis with times of day, not a vertical line", () => {
    const { container } = renderChart([point(10, 100n, 100n), point(11, 150n, 50n), point(12, 175n, 25n)]);
    const ticks = xTickTexts(container);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const t of ticks) expect(t).toMatch(/\d:\d\d/);
    const xs = lineXs(container);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(400);
    expect(container.querySelectorAll("path.recharts-symbols").length).toBe(3);
  });

  it("shows the same supply figures, with their times, in the table view", () => {
    renderChart([point(10, 100n, 100n), point(11, 150n, 50n), point(12, 175n, 25n)]);
    fireEvent.click(screen.getByRole("button", { name: "Show table" }));
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/2026.*\d:\d\d.*10100 AIC100 AIC/),
      expect.stringMatching(/2026.*\d:\d\d.*11150 AIC50 AIC/),
      expect.stringMatching(/2026.*\d:\d\d.*12175 AIC25 AIC/),
    ]);
  });

  it("draws a single mint as a dot with its date", () => {
    const { container } = renderChart([point(10, 100n, 100n)]);
    expect(xTickTexts(container)).toEqual(["Jan 15, 2026"]);
    expect(container.querySelectorAll(".recharts-line-dots circle").length).toBe(1);
    expect(container.querySelectorAll("path.recharts-symbols").length).toBe(1);
  });
});
