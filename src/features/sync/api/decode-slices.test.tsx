import { encodeAbiParameters, encodeEventTopics } from "viem";
import { describe, expect, it } from "vitest";
import { daoEventsAbi } from "@/domain/events/dao-events-abi";
import { decodeStreams, type RawLog, withoutDuplicates } from "@/domain/events/decode";
import type { DecodeStreams } from "./decode-client";
import { decodeInSlices, joinInChainOrder, mergeInChainOrder } from "./decode-slices";

const executed = (blockNumber: number, logIndex: number, id: bigint): RawLog => ({
  blockNumber,
  logIndex,
  blockHash: `0x${"2d".repeat(32)}`,
  transactionHash: `0x${"23".repeat(32)}`,
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  topics: encodeEventTopics({ abi: daoEventsAbi, eventName: "ProposalExecuted" }) as RawLog["topics"],
  data: encodeAbiParameters([{ type: "uint256" }], [id]),
});
const junk = (blockNumber: number): RawLog => ({
  ...executed(blockNumber, 9, 0n),
  topics: [`0x${"ee".repeat(32)}`],
});

describe("decodeInSlices", () => {
  it("gives what one request gives: events in chain order, finalized flags, duplicates dropped, undecodable counted", async () => {
    const core = [...Array.from({ length: 25 }, (_, i) => executed(10 + i, 0, BigInt(i))), junk(40)];
    // A treasury stream that repeats one core log and interleaves with the rest.
    const treasury = [executed(12, 0, 2n), executed(20, 5, 99n)];
    const streams = [
      { logs: core, finalizedCount: 20 },
      { logs: treasury, finalizedCount: 2 },
    ] as unknown as DecodeStreams;
    const sent: number[] = [];
    const sliced = await decodeInSlices(
      async (part) => {
        sent.push(part.reduce((n, s) => n + s.logs.length, 0));
        return decodeStreams(part);
      },
      streams,
      4,
    );
    expect(sent.every((n) => n <= 4)).toBe(true);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(28);
    const whole = decodeStreams(streams);
    expect(sliced.undecodable).toBe(1);
    expect(sliced.events.map((e) => [e.blockNumber, e.logIndex, e.finalized])).toEqual(
      whole.events.map((e) => [e.blockNumber, e.logIndex, e.finalized]),
    );
    expect(sliced.events).toHaveLength(26);
  });

  it("rejects when one slice fails", async () => {
    const streams = [
      { logs: [executed(1, 0, 1n), executed(2, 0, 2n)], finalizedCount: 2 },
    ] as unknown as DecodeStreams;
    let calls = 0;
    const failing = decodeInSlices(
      async (part) => {
        if (calls++ === 1) throw new Error("log decoding failed: boom");
        return decodeStreams(part);
      },
      streams,
      1,
    );
    await expect(failing).rejects.toThrow("boom");
  });
});

describe("mergeInChainOrder", () => {
  it("merges sorted lists by block and log index", () => {
    const at = (blockNumber: number, logIndex = 0) => ({ blockNumber, logIndex });
    const merged = mergeInChainOrder([[at(1), at(5, 2), at(9)], [], [at(5, 1), at(12)], [at(0)]]);
    expect(merged.map((e) => `${e.blockNumber}:${e.logIndex}`)).toEqual([
      "0:0",
      "1:0",
      "5:1",
      "5:2",
      "9:0",
      "12:0",
    ]);
  });
});

describe("joinInChainOrder", () => {
  it("merges like mergeInChainOrder, keeps the first list's copy of a repeated log, and gives the page turns", async () => {
    const at = (blockNumber: number, logIndex: number, from: string) => ({ blockNumber, logIndex, from });
    const lists = [
      [at(1, 0, "a"), at(5, 2, "a"), at(9, 0, "a"), at(9, 1, "a")],
      [],
      [at(5, 1, "c"), at(5, 2, "c"), at(12, 0, "c")],
      [at(0, 0, "d"), at(9, 1, "d")],
    ];
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const joined = await joinInChainOrder(lists, 2);
    clearInterval(counting);
    expect(joined).toEqual(withoutDuplicates(mergeInChainOrder(lists)));
    expect(joined.map((e) => `${e.blockNumber}:${e.logIndex}${e.from}`)).toEqual([
      "0:0d",
      "1:0a",
      "5:1c",
      "5:2a",
      "9:0a",
      "9:1a",
      "12:0c",
    ]);
    expect(turns).toBeGreaterThan(0);
    expect(await joinInChainOrder([])).toEqual([]);
  });
});
