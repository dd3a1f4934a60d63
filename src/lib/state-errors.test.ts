import { describe, expect, it } from "vitest";
import {
  isMissingStateError,
  isMissingStateMessage,
  OldStateUnavailableError,
  requestedBlockOf,
  stateGapClient,
} from "./state-errors";

describe("stateGapClient", () => {
  it.each([
    ["anvil", "BlockOutOfRangeError: block height is 53802 but requested was 13450"],
    ["geth", "missing trie node 1a3bddc494098bac19ef26e6506812caa12ca5cf036a13ef0eabde38beab5d21 (path )"],
    ["geth", "historical state not available in path scheme yet"],
    ["geth", "historical state 0x9c3f2e8f0a0f6c1d is not available"],
    ["geth", "required historical state unavailable (reexec=128)"],
    ["erigon", "header not found"],
    ["erigon", "old data not available due to pruning"],
    ["erigon", "state is not available"],
    [
      "nethermind",
      "Nethermind.Trie.MissingTrieNodeException: Node A: P:2 H:0x992eacd1 is missing from the DB",
    ],
    ["nethermind", "Nethermind.Trie.TrieException: Failed to load key 0x1f"],
    ["nethermind", "No state available for block 0x3c1f2a (13450)"],
    ["besu", "World state unavailable for block 13450"],
    ["reth", "state at block #13450 is pruned"],
    ["generic", "this node does not serve archive state"],
  ])("recognises %s's text: %s", (client, text) => {
    expect(stateGapClient(text)).toBe(client);
    expect(isMissingStateMessage(text)).toBe(true);
  });

  it.each([
    "execution reverted",
    "query returned more than 10000 results. Try with this block range [0x0, 0x10].",
    "block range too large",
    "fetch failed",
    "nonce too low",
    'The contract function "name" returned no data ("0x").',
  ])("leaves other errors alone: %s", (text) => {
    expect(stateGapClient(text)).toBeNull();
  });
});

describe("isMissingStateError", () => {
  it("finds the node's text deep in a cause chain, in a details field too", () => {
    const inner = Object.assign(new Error("RPC Request failed."), {
      details: "BlockOutOfRangeError: block height is 900 but requested was 12",
    });
    const outer = new Error("The contract function failed", { cause: inner });
    expect(isMissingStateError(outer)).toBe(true);
    const nethermind = new Error("RPC Request failed.", {
      cause: {
        code: -32603,
        message: "Internal error",
        data: "Nethermind.Trie.MissingTrieNodeException: gone",
      },
    });
    expect(isMissingStateError(nethermind)).toBe(true);
    expect(isMissingStateError(new Error("boom", { cause: new Error("still boom") }))).toBe(false);
  });
});

describe("requestedBlockOf and OldStateUnavailableError", () => {
  it("reads the block anvil names, and nothing from texts that name none", () => {
    expect(requestedBlockOf("BlockOutOfRangeError: block height is 900 but requested was 12")).toBe(12);
    expect(requestedBlockOf("missing trie node ab (path )")).toBeNull();
  });

  it("keeps the block and the cause", () => {
    const cause = new Error("missing trie node ab");
    const e = new OldStateUnavailableError(7, "geth", { cause });
    expect(e.message).toBe("The RPC keeps no state for block 7");
    expect(e.cause).toBe(cause);
  });
});
