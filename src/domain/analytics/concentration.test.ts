import { describe, expect, it } from "vitest";
import { gini, lorenz, nakamoto, nakamotoMajority, ratio, topShare } from "./concentration";

describe("gini", () => {
  it.each([
    { values: [], expected: 0 },
    { values: [0n, 0n], expected: 0 },
    { values: [5n, 5n, 5n, 5n], expected: 0 },
    { values: [0n, 0n, 0n, 10n], expected: 0.75 }, // one of n holds all: 1 − 1/n
    { values: [0n, 10n], expected: 0.5 },
    // 1, 2, 3, 4: Σ i·x = 1+4+9+16 = 30; 2·30/(4·10) − 5/4 = 1.5 − 1.25
    { values: [4n, 1n, 3n, 2n], expected: 0.25 },
  ])("$values → $expected", ({ values, expected }) => {
    expect(gini(values)).toBeCloseTo(expected, 10);
  });

  it("keeps precision on 18-decimal amounts", () => {
    const e18 = 10n ** 18n;
    expect(gini([1_000_000n * e18, 1_000_000n * e18 + 1n])).toBeCloseTo(0, 10);
  });
});

describe("lorenz", () => {
  it("runs from (0,0) to (1,1), poorest first", () => {
    expect(lorenz([3n, 1n])).toEqual([
      { x: 0, y: 0 },
      { x: 0.5, y: 0.25 },
      { x: 1, y: 1 },
    ]);
  });
  it("is the diagonal for equal shares and empty for nothing", () => {
    expect(lorenz([2n, 2n, 2n, 2n]).map((p) => p.y)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(lorenz([])).toEqual([]);
  });
  it("thins to at most maxPoints and keeps the end point", () => {
    const pts = lorenz(
      Array.from({ length: 1000 }, (_, i) => BigInt(i + 1)),
      11,
    );
    expect(pts.length).toBe(11);
    expect(pts[pts.length - 1]).toEqual({ x: 1, y: 1 });
  });
});

describe("nakamoto", () => {
  it.each([
    { values: [51n, 49n], threshold: 50n, expected: 1 },
    { values: [30n, 30n, 40n], threshold: 51n, expected: 2 },
    { values: [10n, 10n], threshold: 30n, expected: null }, // all together cannot reach it
    { values: [10n], threshold: 0n, expected: 0 },
  ])("$values reach $threshold with $expected", ({ values, threshold, expected }) => {
    expect(nakamoto(values, threshold)).toBe(expected);
  });
  it("majority: a 51% holder alone; a 50/50 split needs both", () => {
    expect(nakamotoMajority([51n, 49n])).toBe(1);
    expect(nakamotoMajority([50n, 50n])).toBe(2);
    expect(nakamotoMajority([])).toBe(null);
  });
});

describe("topShare and ratio", () => {
  it("top-n share of the total", () => {
    expect(topShare([1n, 2n, 3n, 4n], 2)).toBeCloseTo(0.7, 12);
    expect(topShare([], 10)).toBe(0);
  });
  it("ratio divides bigints", () => {
    expect(ratio(1n, 3n)).toBeCloseTo(1 / 3, 11);
    expect(ratio(1n, 0n)).toBe(0);
  });
});
