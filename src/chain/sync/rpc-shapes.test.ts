import { describe, expect, it } from "vitest";
import type { LogFilter } from "./fetch-ranges";
import { checkBlock, checkCode, checkLogs } from "./rpc-shapes";

const A = "0x00000000000000000000000000000000000000aa";
const T0 = `0x${"11".repeat(32)}` as const;
const H = `0x${"22".repeat(32)}` as const;
const filter: LogFilter = { address: [A], topics: [[T0]] };
const log = {
  address: A,
  topics: [T0],
  data: "0x",
  blockNumber: "0xa",
  blockHash: H,
  transactionHash: H,
  transactionIndex: "0x0",
  logIndex: "0x1",
  removed: false,
};
const check = (l: unknown) => checkLogs([l], 5, 15, filter);

describe("checkLogs", () => {
  it("passes well-formed logs, pending ones (null places) included", async () => {
    const pending = { ...log, blockNumber: null, blockHash: null, logIndex: null };
    await expect(checkLogs([log, pending], 5, 15, filter)).resolves.toHaveLength(2);
    await expect(checkLogs([], 5, 15, filter)).resolves.toEqual([]);
  });

  it("checks a large answer in slices, letting other tasks run between them, and still names a bad log", async () => {
    let ranMeanwhile = false;
    setTimeout(() => {
      ranMeanwhile = true;
    }, 0);
    const many = Array.from({ length: 5_000 }, () => log);
    await expect(checkLogs(many, 5, 15, filter)).resolves.toHaveLength(5_000);
    expect(ranMeanwhile).toBe(true);
    many[4_500] = { ...log, data: "0x1" };
    await expect(checkLogs(many, 5, 15, filter)).rejects.toThrow("log 4500: invalid data");
  });

  it.each([
    ["not a list", { result: [] }, "not a list"],
    ["a null entry", [null], "log 0: not an object"],
  ])("rejects %s", async (_, raw, message) => {
    await expect(checkLogs(raw, 5, 15, filter)).rejects.toThrow(message);
  });

  it.each([
    ["a missing address", { ...log, address: undefined }, "no valid address"],
    ["a short topic", { ...log, topics: ["0x11"] }, "invalid topics"],
    ["five topics", { ...log, topics: [T0, T0, T0, T0, T0] }, "invalid topics"],
    ["odd data", { ...log, data: "0x123" }, "invalid data"],
    ["a decimal block number", { ...log, blockNumber: 10 }, "invalid blockNumber"],
    ["a truncated block hash", { ...log, blockHash: "0x22" }, "invalid blockHash"],
    ["a missing transaction hash", { ...log, transactionHash: undefined }, "invalid transactionHash"],
    ["a string removed flag", { ...log, removed: "false" }, "invalid removed flag"],
    ["a block outside the range", { ...log, blockNumber: "0x10" }, "block 16 outside the requested 5-15"],
    ["another contract's log", { ...log, address: `0x${"bb".repeat(20)}` }, "not one the filter asks for"],
    ["another event", { ...log, topics: [H] }, "not one the filter asks for"],
  ])("rejects a log with %s, naming the problem", async (_, l, problem) => {
    await expect(check(l)).rejects.toThrow(
      `The RPC returned a malformed eth_getLogs result: log 0: ${problem}.`,
    );
  });
});

describe("checkBlock and checkCode", () => {
  it("pass real shapes and null (no such block yet)", () => {
    expect(checkBlock({ number: "0x1", hash: H, parentHash: H, extra: 1 })).toEqual({
      number: "0x1",
      hash: H,
      parentHash: H,
    });
    expect(checkBlock(null)).toBe(null);
    expect(checkCode("0x6080")).toBe("0x6080");
  });

  it.each([
    [[], "not a block"],
    [{ number: "0x1", hash: "0x" }, "invalid hash"],
    [{ number: "1", hash: H, parentHash: H }, "invalid number"],
    [{ number: "0x1", hash: H }, "invalid parentHash"],
  ])("rejects the block %j", (raw, message) => {
    expect(() => checkBlock(raw)).toThrow(message);
  });

  it("rejects code that is not hex bytes", () => {
    expect(() => checkCode(null)).toThrow("malformed eth_getCode result");
    expect(() => checkCode("6080")).toThrow("malformed eth_getCode result");
  });
});
