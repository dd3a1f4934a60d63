import { describe, expect, it } from "vitest";
import type { RawLog } from "./decode";
import { packRawLogs, unpackRawLogs } from "./wire-logs";

const base = {
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  blockNumber: 12,
  logIndex: 3,
  transactionHash: `0x${"23".repeat(32)}`,
  finalized: true,
} as const;
describe("the decoding worker's wire format", () => {
  it("packs logs with what decoding reads, in order", () => {
    const { finalized: _, ...at } = base;
    const logs: RawLog[] = [
      { ...at, blockHash: "0x", topics: [], data: "0x" },
      {
        ...at,
        logIndex: 9,
        blockHash: "0x",
        topics: [`0x${"aa".repeat(32)}`, `0x${"bb".repeat(32)}`],
        data: "0xdeadBEEF",
        blockTimestamp: 5,
      },
    ];
    expect(unpackRawLogs(structuredClone(packRawLogs(logs)))).toEqual(logs);
  });
});
