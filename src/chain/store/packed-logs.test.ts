import { describe, expect, it } from "vitest";
import { packLogs, unpackCheckedLogs, unpackLogs } from "./packed-logs";
import type { StoredLog } from "./types";

const log = (blockNumber: number, topics: number, data = "0x"): StoredLog => ({
  blockNumber,
  logIndex: blockNumber % 7,
  blockHash: `0x${blockNumber.toString(16).padStart(64, "0")}`,
  transactionHash: `0x${"Ab".repeat(32)}`,
  transactionIndex: 3,
  address: "0x00000000000000000000000000000000000000A1",
  topics: Array.from({ length: topics }, (_, i) => `0x${String(i).repeat(64)}` as const),
  data: data as StoredLog["data"],
});

describe("packed logs", () => {
  it("round-trips any number of topics, data of any length, case and an optional timestamp", () => {
    const logs = [
      log(1, 0),
      { ...log(2, 4, "0x1234abcdEF"), blockTimestamp: 1_700_000_000 },
      log(2 ** 40, 1, `0x${"ff".repeat(300)}`),
    ];
    const packed = packLogs(logs);
    expect(unpackLogs(packed, logs.length)).toEqual({ logs, bad: 0 });
    expect(unpackLogs(packLogs([]), 0)).toEqual({ logs: [], bad: 0 });
  });

  it("sends repeated fields empty for the logs worker and restores them, in slices, with no zero-topic mix-up", async () => {
    const logs = [log(1, 2), log(1, 0), log(1, 3), { ...log(2, 1), blockTimestamp: 9 }, log(2, 1)];
    const packed = packLogs(logs, true);
    expect(packed.hex.length).toBeLessThan(packLogs(logs).hex.length);
    let pauses = 0;
    const back = await unpackCheckedLogs(structuredClone(packed), logs.length, async () => void pauses++, 2);
    expect(back).toEqual(logs);
    expect(pauses).toBe(2);
    // A store record keeps every field written out: its reader checks each one.
    expect(packLogs(logs).hex.split(",")).not.toContain("");
  });

  it("survives a structured clone (what IndexedDB stores)", () => {
    const logs = [log(5, 2), log(6, 3)];
    expect(unpackLogs(structuredClone(packLogs(logs)), 2).logs).toEqual(logs);
  });

  it("drops a log with a non-hex field or a bad number, keeping the others, and counts it", () => {
    const logs = [log(1, 1), log(2, 1), log(3, 1)];
    const packed = packLogs(logs);
    const hex = packed.hex.replace(`0x${(2).toString(16).padStart(64, "0")}`, "0xnothex");
    expect(unpackLogs({ ...packed, hex }, 3)).toEqual({ logs: [logs[0], logs[2]], bad: 1 });
    const nums = packed.nums.slice();
    nums[5] = 1.5; // the second log's block number
    expect(unpackLogs({ ...packed, nums }, 3)).toEqual({ logs: [logs[0], logs[2]], bad: 1 });
  });

  it("refuses a record whose shape does not fit its count", () => {
    const packed = packLogs([log(1, 1), log(2, 1)]);
    expect(unpackLogs(packed, 3).bad).toBe(3);
    expect(unpackLogs({ logs: [] }, 2)).toEqual({ logs: [], bad: 2 });
    const short = { ...packed, hex: packed.hex.split(",").slice(0, 6).join(",") };
    expect(unpackLogs(short, 2)).toEqual({ logs: [log(1, 1)], bad: 1 });
  });
});
