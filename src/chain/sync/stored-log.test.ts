import type { Hex, Log } from "viem";
import { describe, expect, it } from "vitest";
import { inChainOrder, toStoredLog } from "./stored-log";

const rpcLog: Log<Hex, Hex, boolean> = {
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  topics: [`0x${"cd".repeat(32)}`],
  data: "0x",
  blockHash: `0x${"2d".repeat(32)}`,
  blockNumber: "0x1a",
  transactionHash: `0x${"23".repeat(32)}`,
  transactionIndex: "0x2",
  logIndex: "0x3",
  removed: false,
};

describe("toStoredLog", () => {
  it("keeps the block timestamp a node puts on the log", () => {
    const stored = toStoredLog({ ...rpcLog, blockTimestamp: "0x6b0a0c56" });
    expect(stored).toMatchObject({ blockNumber: 26, logIndex: 3, transactionIndex: 2 });
    expect(stored?.blockTimestamp).toBe(0x6b0a0c56);
  });

  it("leaves the field out when the node sends none (older geth, many providers)", () => {
    const stored = toStoredLog(rpcLog);
    expect(stored).toMatchObject({ blockNumber: 26, logIndex: 3 });
    expect(stored && "blockTimestamp" in stored).toBe(false);
  });

  it("drops a pending log", () => {
    expect(toStoredLog({ ...rpcLog, blockNumber: null, blockHash: null, blockTimestamp: null })).toBeNull();
  });
});

describe("inChainOrder", () => {
  const at = (blockNumber: number, logIndex = 0) => ({
    ...(toStoredLog(rpcLog) ?? never()),
    blockNumber,
    logIndex,
  });
  const never = (): never => {
    throw new Error("fixture log did not convert");
  };
  const places = (logs: { blockNumber: number; logIndex: number }[]) =>
    logs.map((l) => `${l.blockNumber}:${l.logIndex}`);

  it("joins chunks that arrived out of block order", () => {
    const joined = inChainOrder([[at(20), at(21)], [], [at(5, 0), at(5, 1)], [at(9)]]);
    expect(places(joined)).toEqual(["5:0", "5:1", "9:0", "20:0", "21:0"]);
  });

  it("sorts lists whose ranges interleave", () => {
    const joined = inChainOrder([[at(3), at(30)], [at(10, 2), at(10, 1)].reverse(), [at(3, 1)]]);
    expect(places(joined)).toEqual(["3:0", "3:1", "10:1", "10:2", "30:0"]);
  });
});
