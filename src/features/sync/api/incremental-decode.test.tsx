import { encodeAbiParameters, encodeEventTopics, type Hex, numberToHex, pad } from "viem";
import { describe, expect, it, vi } from "vitest";
import type { StoredLog } from "@/chain/store/types";
import { governorEventsAbi } from "@/domain/events/dao-events-abi";
import { decodeStreams } from "@/domain/events/decode";
import { offerDecodeAhead, watchDecodeAhead } from "./decode-ahead";
import { createIncrementalDecoder } from "./incremental-decode";

const decodedLogs = vi.hoisted(() => ({ count: 0 }));
vi.mock("./decode-off-thread", async () => {
  const { decodeStreams: decode } = await import("@/domain/events/decode");
  return {
    decodeOffThread: async (streams: Parameters<typeof decode>[0]) => {
      decodedLogs.count += streams.reduce((n, s) => n + s.logs.length, 0);
      return decode(streams);
    },
  };
});

const governor = "0x00000000000000000000000000000000000000a1";
const vote = (block: number, hashSalt = 0): StoredLog => ({
  address: governor,
  topics: encodeEventTopics({
    abi: governorEventsAbi,
    eventName: "VoteCast",
    args: { voter: pad(numberToHex(block), { size: 20 }) },
  }) as Hex[],
  data: encodeAbiParameters(
    [{ type: "uint256" }, { type: "uint8" }, { type: "uint256" }, { type: "string" }],
    [7n, 1, BigInt(block), ""],
  ),
  blockNumber: block,
  logIndex: 0,
  blockHash: pad(numberToHex(block + hashSalt)),
  transactionHash: pad(numberToHex(block + 1000)),
  transactionIndex: 0,
});
const stream = (logs: StoredLog[], finalizedCount: number) => ({ id: "core", logs, finalizedCount });
const full = (logs: StoredLog[], finalizedCount: number) => decodeStreams([{ logs, finalizedCount }]);

describe("incremental decoder", () => {
  it("decodes only what was finalized since the last sync, plus the unfinalized tail", async () => {
    const d = createIncrementalDecoder();
    const first = [1, 2, 3, 4].map((b) => vote(b));
    decodedLogs.count = 0;
    expect(await d.decode([stream(first, 3)])).toEqual(full(first, 3));
    expect(decodedLogs.count).toBe(4);

    const second = [1, 2, 3, 4, 5, 6].map((b) => vote(b));
    decodedLogs.count = 0;
    expect(await d.decode([stream(second, 5)])).toEqual(full(second, 5));
    expect(decodedLogs.count).toBe(3); // blocks 4 and 5 newly final, block 6 in the tail
  });

  it("decodes everything again when the finalized prefix no longer matches (a rewind)", async () => {
    const d = createIncrementalDecoder();
    await d.decode([
      stream(
        [1, 2, 3].map((b) => vote(b)),
        3,
      ),
    ]);
    const rewritten = [vote(1), vote(2), vote(3, 99), vote(4)];
    decodedLogs.count = 0;
    expect(await d.decode([stream(rewritten, 4)])).toEqual(full(rewritten, 4));
    expect(decodedLogs.count).toBe(4);
  });
});

describe("decoding ahead (a first sync's chunks as they arrive)", () => {
  it("takes the chunks decoded ahead, decodes only the logs between them, and gives the same events", async () => {
    const logs = Array.from({ length: 12 }, (_, i) => vote(i + 1));
    const unwatch = watchDecodeAhead(["core"]);
    decodedLogs.count = 0;
    // Out of order, as concurrent getLogs answer; blocks 5 and 6 came in no offered chunk.
    offerDecodeAhead("core", logs.slice(6, 10));
    offerDecodeAhead("core", logs.slice(0, 4));
    offerDecodeAhead("other", logs.slice(4, 6)); // a stream nobody watches: not decoded
    expect(decodedLogs.count).toBe(8);
    unwatch();
    decodedLogs.count = 0;
    const d = createIncrementalDecoder();
    expect(await d.decode([stream(logs, 10)])).toEqual(full(logs, 10));
    // Blocks 5 and 6 (between the chunks) and the unfinalized tail 11, 12: the chunks are not decoded again.
    expect(decodedLogs.count).toBe(4);
    expect(d.knows("core")).toBe(true);
  });

  it("recognises a chunk by its log objects only: equal logs fetched again are decoded anew", async () => {
    const unwatch = watchDecodeAhead(["core"]);
    offerDecodeAhead(
      "core",
      [1, 2, 3].map((b) => vote(b)),
    );
    const unwatchedOffer = [4, 5].map((b) => vote(b));
    unwatch();
    offerDecodeAhead("core", unwatchedOffer); // after the unwatch: ignored
    const again = [1, 2, 3, 4, 5].map((b) => vote(b));
    decodedLogs.count = 0;
    expect(await createIncrementalDecoder().decode([stream(again, 5)])).toEqual(full(again, 5));
    expect(decodedLogs.count).toBe(5);
  });
});
