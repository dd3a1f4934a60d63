import { describe, expect, it } from "vitest";
import { clockToTime, relativeClock } from "./timing";

const blocks = {
  mode: { kind: "blocknumber" } as const,
  clock: 1000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};
const seconds = {
  mode: { kind: "timestamp" } as const,
  clock: 1_700_000_000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};

describe("clockToTime", () => {
  it("estimates future blocks from the block time and knows past ones", () => {
    expect(clockToTime(1300n, blocks)).toEqual({ seconds: 1_700_003_600, estimated: true });
    expect(clockToTime(700n, blocks)).toEqual({ seconds: 1_699_996_400, estimated: false });
  });

  it("uses a past block's real timestamp when it was read", () => {
    const withTimes = { ...blocks, blockTimes: new Map([[700n, 1_690_000_000]]) };
    expect(clockToTime(700n, withTimes)).toEqual({ seconds: 1_690_000_000, estimated: false });
  });

  it("is exact on timestamp clocks", () => {
    expect(clockToTime(1_700_086_400n, seconds)).toEqual({ seconds: 1_700_086_400, estimated: false });
  });
});

describe("relativeClock", () => {
  it.each([
    [blocks, 1300n, "ends in ~1 h"],
    [blocks, 700n, "ended 1 h ago"],
    [seconds, 1_700_086_400n, "ends in 1 day"],
    [seconds, 1_699_999_940n, "ended 1 min ago"],
  ] as const)("%#", (now, value, text) => {
    expect(relativeClock(value, now, "ends", "ended")).toBe(text);
  });
});
