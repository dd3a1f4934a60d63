import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { TreasuryReport } from "@/domain/treasury/report";
import type { Flow } from "@/domain/treasury/types";
import { yTickTexts } from "../../../../test/support/sized-recharts";
import { BalanceChart } from "./balance-chart";
import { OutflowsChart } from "./outflows-chart";

vi.mock("recharts", async (orig) =>
  (await import("../../../../test/support/sized-recharts")).sizedRecharts(await orig<object>()),
);

const ETHER = 10n ** 18n;
const T = Date.UTC(2026, 10, 20, 12) / 1000;
const ethOut = (block: number, amount: bigint, seconds: number): Flow => ({
  id: `${block}:0`,
  asset: "ETH",
  direction: "out",
  amount,
  counterparty: "0x00000000000000000000000000000000000000b0",
  block,
  logIndex: 0,
  tx: "0x00",
  timestamp: seconds,
  link: { kind: "none" },
  category: "funding",
  source: "CallExecuted value",
});
/** A treasury that only ever held ETH: two balance samples 40 minutes apart and one grant paid. */
const report = (samples: TreasuryReport["eth"]["samples"], flows: Flow[]) =>
  ({
    block: 200,
    meta: new Map([["ETH", { id: "ETH", symbol: "ETH", decimals: 18, oddity: null }]]),
    flows,
    eth: { samples, asked: 2, balance: samples.at(-1)?.balance ?? null },
  }) as unknown as TreasuryReport;
const rows = () =>
  within(screen.getByRole("table"))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent);

describe("treasury charts for an ETH-only treasury", () => {
  const samples = [
    { block: 100, timestamp: T, balance: 5n * ETHER },
    { block: 200, timestamp: T + 2400, balance: (45n * ETHER) / 10n },
  ];

  it("plots the ETH balance in ETH with times of day, the table giving the same figures", () => {
    const { container } = render(<BalanceChart report={report(samples, [])} asset="ETH" />);
    expect(container.querySelector(".recharts-label")?.textContent).toBe("ETH");
    // Whole ETH on the axis (5 ETH tops out below 10), not wei.
    expect(Number(yTickTexts(container).at(-1))).toBeLessThan(10);
    fireEvent.click(screen.getByRole("button", { name: "Show table" }));
    expect(rows()).toEqual([
      expect.stringMatching(/2026.*\d:\d\d.*1005 ETH$/),
      expect.stringMatching(/2026.*\d:\d\d.*2004\.5 ETH$/),
    ]);
  });

  it("sums ETH paid out per month in ETH", () => {
    render(<OutflowsChart report={report(samples, [ethOut(150, ETHER / 2n, T + 600)])} asset="ETH" />);
    fireEvent.click(screen.getByRole("button", { name: "Show table" }));
    expect(rows()).toEqual([expect.stringContaining("0.5 ETH0 ETH")]);
  });

  it("says why there is no ETH chart when the node served no history, and when nothing left", () => {
    render(<BalanceChart report={report([], [])} asset="ETH" />);
    expect(screen.getByText(/served no historical ETH balance/)).toBeTruthy();
    render(<OutflowsChart report={report([], [])} asset="ETH" />);
    expect(screen.getByText(/No ETH has left the treasury yet: this chart will show/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Show table" })).toBeNull();
  });
});
