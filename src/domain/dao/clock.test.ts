import { describe, expect, it } from "vitest";
import { clockUnitLabel, describeDuration, humanSeconds, parseClockMode } from "./clock";

describe("parseClockMode", () => {
  it.each([
    ["mode=blocknumber&from=default", "blocknumber"],
    ["mode=timestamp", "timestamp"],
    ["mode=timestamp&from=default", "timestamp"],
    [null, "blocknumber"],
    ["", "blocknumber"],
    ["garbage", "blocknumber"],
  ])("%s -> %s", (raw, kind) => expect(parseClockMode(raw)).toEqual({ kind }));
});

describe("humanSeconds", () => {
  it.each([
    [0, "0 s"],
    [45, "45 s"],
    [60, "1 min"],
    [3_600, "1 h"],
    [5_400, "1 h 30 min"],
    [86_400, "1 day"],
    [2 * 86_400 + 3 * 3_600 + 59, "2 days 3 h"],
    [86_400 + 60, "1 day"],
    [7 * 86_400, "7 days"],
  ])("%d s -> %s", (s, words) => expect(humanSeconds(s)).toBe(words));
});

describe("describeDuration", () => {
  const blocks = { kind: "blocknumber" } as const;
  const time = { kind: "timestamp" } as const;

  it("gives blocks with a time estimate on a block clock", () => {
    expect(describeDuration(300n, blocks, 12)).toBe("300 blocks (~1 h)");
    expect(describeDuration(1n, blocks, 12)).toBe("1 block (~12 s)");
    expect(describeDuration(50_400n, blocks, 12)).toBe("50,400 blocks (~7 days)");
    expect(describeDuration(0n, blocks, 12)).toBe("0 blocks");
  });

  it("gives plain time on a timestamp clock", () => {
    expect(describeDuration(86_400n, time, 12)).toBe("1 day");
    expect(describeDuration(3_600n, time, 12)).toBe("1 h");
  });

  it("labels the unit", () => {
    expect(clockUnitLabel(time)).toMatch(/timestamp/);
    expect(clockUnitLabel(blocks)).toBe("block number");
  });
});
