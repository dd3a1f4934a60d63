import { describe, expect, it } from "vitest";
import {
  blockTimesFrom,
  type ClockNow,
  clockToTime,
  knownBlockTime,
  relativeClock,
  withBlockTimes,
} from "./timing";

const blocks: ClockNow = {
  mode: { kind: "blocknumber" },
  clock: 1000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};
const seconds: ClockNow = {
  mode: { kind: "timestamp" },
  clock: 1_700_000_000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};
// Blocks 100 and 500 are known; the chain ran at 2 s per block between them, far from the recent 12 s.
const known: ClockNow = {
  ...blocks,
  knownTimes: blockTimesFrom([
    [500, 1_600_000_800],
    [100, 1_600_000_000],
  ]),
};

describe("clockToTime", () => {
  it("extrapolates future blocks from the recent block time, marked as estimates", () => {
    expect(clockToTime(1300n, blocks)).toEqual({ seconds: 1_700_003_600, estimated: true });
  });

  it("marks a past block without a known time as an estimate too", () => {
    expect(clockToTime(700n, blocks)).toEqual({ seconds: 1_699_996_400, estimated: true });
  });

  it("is exact for the pinned block and for known blocks", () => {
    expect(clockToTime(1000n, blocks)).toEqual({ seconds: 1_700_000_000, estimated: false });
    expect(clockToTime(100n, known)).toEqual({ seconds: 1_600_000_000, estimated: false });
    expect(clockToTime(500n, known)).toEqual({ seconds: 1_600_000_800, estimated: false });
  });

  it("interpolates a past block between the nearest known blocks", () => {
    expect(clockToTime(300n, known)).toEqual({ seconds: 1_600_000_400, estimated: true });
    expect(clockToTime(101n, known)).toEqual({ seconds: 1_600_000_002, estimated: true });
  });

  it("interpolates between the last known block and the pinned block", () => {
    // 500 blocks took 99,999,200 s (a long idle gap): halfway is half of it.
    expect(clockToTime(750n, known)).toEqual({ seconds: 1_650_000_400, estimated: true });
  });

  it("extrapolates from the pinned block below the first known block", () => {
    expect(clockToTime(50n, known)).toEqual({ seconds: 1_700_000_000 - 950 * 12, estimated: true });
  });

  it("is exact on timestamp clocks", () => {
    expect(clockToTime(1_700_086_400n, seconds)).toEqual({ seconds: 1_700_086_400, estimated: false });
  });

  it("finds the right neighbours among 20,000 known blocks", () => {
    const pairs = Array.from({ length: 20_000 }, (_, i): [number, number] => [i * 10, 1_000_000 + i * 100]);
    const many: ClockNow = { ...blocks, clock: 300_000n, knownTimes: blockTimesFrom(pairs) };
    expect(clockToTime(123_450n, many)).toEqual({ seconds: 1_000_000 + 1_234_500, estimated: false });
    expect(clockToTime(123_454n, many)).toEqual({ seconds: 1_000_000 + 1_234_540, estimated: true });
    expect(clockToTime(0n, many)).toEqual({ seconds: 1_000_000, estimated: false });
  });
});

describe("known block times", () => {
  it("merges newly read blocks into the table, keeping it sorted", () => {
    const merged = withBlockTimes(
      known,
      new Map([
        [300n, 1_600_000_500],
        [900n, 1_690_000_000],
      ]),
    );
    expect(merged.knownTimes?.blocks).toEqual([100, 300, 500, 900]);
    expect(clockToTime(300n, merged)).toEqual({ seconds: 1_600_000_500, estimated: false });
    expect(knownBlockTime(merged, 900n)).toBe(1_690_000_000);
    expect(knownBlockTime(merged, 901n)).toBeUndefined();
    expect(knownBlockTime(blocks, 100n)).toBeUndefined();
    expect(known.knownTimes?.blocks).toEqual([100, 500]);
  });
});

describe("relativeClock", () => {
  it.each([
    [blocks, 1300n, "ends in ~1 h"],
    [blocks, 700n, "ended ~1 h ago"],
    // 101,800 blocks of 12 s = 14 days 3 h: an estimate shows one unit, a known time both.
    [{ ...blocks, clock: 200_000n }, 98_200n, "ended ~14 days ago"],
    [
      withBlockTimes({ ...blocks, clock: 200_000n }, new Map([[98_200n, 1_698_778_400]])),
      98_200n,
      "ended 14 days 3 h ago",
    ],
    [withBlockTimes(blocks, new Map([[700n, 1_699_992_800]])), 700n, "ended 2 h ago"],
    [seconds, 1_700_086_400n, "ends in 1 day"],
    [seconds, 1_699_999_940n, "ended 1 min ago"],
  ] as const)("%#", (now, value, text) => {
    expect(relativeClock(value, now, "ends", "ended")).toBe(text);
  });
});
