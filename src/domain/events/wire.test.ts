import { describe, expect, it } from "vitest";
import type { DaoEvent, RawLog } from "./decode";
import { packEvents, unpackEvents } from "./wire-events";
import { packRawLogs, unpackRawLogs } from "./wire-logs";

const base = {
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  blockNumber: 12,
  logIndex: 3,
  transactionHash: `0x${"23".repeat(32)}`,
  finalized: true,
} as const;
const events = [
  {
    ...base,
    eventName: "VoteCast",
    args: {
      voter: base.address,
      proposalId: 2n ** 255n,
      support: 1,
      weight: 7n,
      reason: 'ünïcode, "quotes" 🗳',
    },
  },
  {
    ...base,
    logIndex: 4,
    finalized: false,
    blockTimestamp: 1_700_000_000,
    eventName: "ProposalCreated",
    args: {
      proposalId: 1n,
      targets: [base.address, base.address],
      values: [0n, -5n],
      signatures: ["", "f()"],
      calldatas: ["0x", "0x12"],
      voteStart: 0n,
      voteEnd: 9n,
      description: "",
    },
  },
  { ...base, eventName: "Flagged", args: { ok: true, no: false, nested: [[1n], []] } },
] as unknown as DaoEvent[];

describe("the decoding worker's wire formats", () => {
  it("packs events and unpacks equal ones (bigints of any sign, arrays, strings of any text, timestamps)", () => {
    const packed = packEvents(events);
    expect(packed).not.toBeNull();
    if (packed) expect(unpackEvents(structuredClone(packed))).toEqual(events);
    expect(
      unpackEvents(packEvents([]) ?? { count: 0, names: [], nums: new Float64Array(), text: "" }),
    ).toEqual([]);
  });

  it("declines a value it cannot carry, so the caller sends the events as they are", () => {
    const odd = [{ ...base, eventName: "X", args: { when: new Date(0) } }] as unknown as DaoEvent[];
    expect(packEvents(odd)).toBeNull();
  });

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
