import { encodeAbiParameters, encodeEventTopics, getAddress, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { daoEventsAbi, erc721TransferAbi } from "./dao-events-abi";
import { decodeDaoLogs, decodeStreams, type RawLog } from "./decode";

const executed = (blockNumber: number, proposalId: bigint): RawLog => ({
  blockNumber,
  logIndex: 0,
  blockHash: `0x${"2d".repeat(32)}`,
  transactionHash: `0x${"23".repeat(32)}`,
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  topics: encodeEventTopics({ abi: daoEventsAbi, eventName: "ProposalExecuted" }) as RawLog["topics"],
  data: encodeAbiParameters([{ type: "uint256" }], [proposalId]),
});

describe("decodeDaoLogs", () => {
  it("carries a log's block timestamp onto the event, and leaves it out when the log has none", () => {
    const { events, undecodable } = decodeDaoLogs(
      [{ ...executed(10, 7n), blockTimestamp: 1_700_000_000 }, executed(11, 8n)],
      1,
    );
    expect(undecodable).toBe(0);
    expect(events[0]).toMatchObject({
      eventName: "ProposalExecuted",
      args: { proposalId: 7n },
      blockNumber: 10,
      blockTimestamp: 1_700_000_000,
      finalized: true,
    });
    expect(events[1]).toMatchObject({ args: { proposalId: 8n }, blockNumber: 11, finalized: false });
    expect(events[1] && "blockTimestamp" in events[1]).toBe(false);
  });
});

describe("decodeStreams", () => {
  it("keeps one event for a log that two streams fetched (the token's treasury transfers)", () => {
    const a = executed(10, 7n);
    const b = { ...executed(10, 8n), logIndex: 1 };
    const { events } = decodeStreams([
      { logs: [a, b], finalizedCount: 2 },
      { logs: [b], finalizedCount: 1 },
    ]);
    expect(events.map((e) => `${e.blockNumber}:${e.logIndex}`)).toEqual(["10:0", "10:1"]);
  });
});

describe("ERC-721 Transfer fallback", () => {
  const nft = (tokenId: bigint): RawLog => ({
    ...executed(12, 0n),
    topics: encodeEventTopics({
      abi: erc721TransferAbi,
      eventName: "Transfer",
      args: { from: `0x${"00".repeat(20)}`, to: `0x${"ab".repeat(20)}`, tokenId },
    }) as RawLog["topics"],
    data: "0x",
  });

  it("reads a Transfer with the tokenId indexed as a transfer of one vote", () => {
    const { events, undecodable } = decodeDaoLogs([nft(4242n), nft(7n)]);
    expect(undecodable).toBe(0);
    expect(events.map((e) => e.eventName)).toEqual(["Transfer", "Transfer"]);
    expect(events[0]).toMatchObject({
      args: { from: zeroAddress, to: getAddress(`0x${"ab".repeat(20)}`), value: 1n },
      blockNumber: 12,
    });
  });

  it("still counts a 4-topic log of another event as undecodable", () => {
    const other = nft(1n);
    const [, ...rest] = other.topics;
    const { events, undecodable } = decodeDaoLogs([{ ...other, topics: [`0x${"11".repeat(32)}`, ...rest] }]);
    expect(events).toEqual([]);
    expect(undecodable).toBe(1);
  });
});
