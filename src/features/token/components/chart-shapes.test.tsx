import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { TokenSeriesPoint } from "@/domain/analytics/token-series";
import { xTickTexts, yTickTexts } from "../../../../test/support/sized-recharts";
import { BalanceBucketsChart } from "./balance-buckets-chart";
import { HoldersChart } from "./holders-chart";
import { LorenzChart } from "./lorenz-chart";
import { PowerOverTimeChart } from "./power-over-time-chart";
import { SplitChart } from "./split-chart";
import { SupplyChart } from "./supply-chart";
import { TopDelegatesChart } from "./top-delegates-chart";
import { TurnoutChart } from "./turnout-chart";
import { VotersMonthChart } from "./voters-month-chart";

vi.mock("recharts", async (orig) =>
  (await import("../../../../test/support/sized-recharts")).sizedRecharts(await orig<object>()),
);

const DAY = 86_400;
const START = Date.UTC(2024, 2, 1, 12) / 1000;
const timeOf = (b: number) => ({ seconds: START + b * DAY, estimated: false });
const nft = { decimals: 0, symbol: "SEAT", isNft: true };
const usd = { decimals: 6, symbol: "tUSD", isNft: false };
const point = (blockNumber: number, totalSupply: bigint, minted: bigint): TokenSeriesPoint => ({
  blockNumber,
  totalSupply,
  delegatedSupply: totalSupply / 2n,
  treasury: 0n,
  holders: blockNumber,
  minted,
  burned: 0n,
});
const tableRows = () =>
  within(screen.getByRole("table"))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent);

describe("charts on token shapes unlike the demo", () => {
  it("plots an ERC721Votes supply in whole votes: integer ticks, the symbol on the axis and in the table", () => {
    const { container } = render(
      <SupplyChart
        series={[point(1, 2n, 2n), point(2, 3n, 1n)]}
        unit={nft}
        timeOf={timeOf}
        transfers={3}
        block={2}
      />,
    );
    const ticks = yTickTexts(container);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t).toMatch(/^\d+$/);
    expect(container.querySelector(".recharts-label")?.textContent).toBe("SEAT");
    fireEvent.click(screen.getByRole("button", { name: "Show table" }));
    expect(tableRows()).toEqual([
      expect.stringContaining("2 SEAT2 SEAT"),
      expect.stringContaining("3 SEAT1 SEAT"),
    ]);
  });

  it("plots a 6-decimal token in whole units, and its table shows the exact amounts", () => {
    const { container } = render(
      <SupplyChart
        series={[point(1, 1_250_500_000n, 1_250_500_000n), point(40, 1_300_250_000n, 49_750_000n)]}
        unit={usd}
        timeOf={timeOf}
        transfers={2}
        block={40}
      />,
    );
    // 1,300 whole tUSD at the top, not 1.3e9 raw units.
    expect(yTickTexts(container).at(-1)).toMatch(/^1(\.\d+)?K$/);
    expect(xTickTexts(container)[0]).toMatch(/2024/);
    fireEvent.click(screen.getByRole("button", { name: "Show table" }));
    expect(tableRows()).toEqual([
      expect.stringContaining("1,250.5 tUSD"),
      expect.stringContaining("1,300.25 tUSD49.75 tUSD"),
    ]);
  });

  it("says what each chart would show when the history is empty, never an empty frame", () => {
    const none = { series: [], unit: usd, timeOf, source: "0 logs" };
    const parts = [
      { name: "Delegated", of: (p: TokenSeriesPoint) => p.delegatedSupply },
      { name: "Idle", of: (p: TokenSeriesPoint) => p.totalSupply - p.delegatedSupply },
    ] as const;
    const charts: ReactElement[] = [
      <SupplyChart key="s" {...none} transfers={0} block={0} />,
      <SplitChart key="p" {...none} title="Delegated vs idle" caption="" parts={parts} />,
      <HoldersChart key="h" {...none} />,
      <BalanceBucketsChart key="b" buckets={[]} unit={usd} source="" />,
      <TopDelegatesChart key="t" ranked={[]} delegated={0n} unit={usd} source="" nameOf={() => null} />,
      <LorenzChart key="l" points={[]} gini={0} delegates={0} source="" />,
      <PowerOverTimeChart
        key="o"
        top={[]}
        series={[]}
        unit={usd}
        timeOf={timeOf}
        source=""
        nameOf={() => null}
      />,
      <TurnoutChart key="u" turnouts={[]} unit={usd} timeOf={timeOf} source="" />,
      <VotersMonthChart key="v" months={[]} untimed={0} source="" />,
    ];
    for (const chart of charts) {
      const { container, unmount } = render(chart);
      expect(container.textContent).toMatch(/No.* yet: this chart will show/);
      expect(screen.queryByRole("button", { name: "Show table" })).toBeNull();
      expect(container.querySelector("svg")).toBeNull();
      unmount();
    }
  });
});
