import { describe, expect, it } from "vitest";
import type { StoredLog } from "./types";
import { isStoredLog } from "./validate";

const log: StoredLog = {
  blockNumber: 26,
  logIndex: 3,
  blockHash: `0x${"2d".repeat(32)}`,
  transactionHash: `0x${"23".repeat(32)}`,
  transactionIndex: 2,
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  topics: [`0x${"cd".repeat(32)}`],
  data: "0x",
};

describe("isStoredLog", () => {
  it("accepts a log with or without its block timestamp (rows cached before timestamps were kept)", () => {
    expect(isStoredLog(log)).toBe(true);
    expect(isStoredLog({ ...log, blockTimestamp: 1_700_000_000 })).toBe(true);
    expect(isStoredLog({ ...log, blockTimestamp: 0 })).toBe(true);
  });

  it.each([
    ["negative", -1],
    ["fractional", 1.5],
    ["a hex string", "0x6b0a0c56"],
    ["null", null],
    ["unsafe", 2 ** 53],
  ])("rejects a %s block timestamp", (_name, blockTimestamp) => {
    expect(isStoredLog({ ...log, blockTimestamp })).toBe(false);
  });
});
