import { createPublicClient, custom, erc20Abi } from "viem";
import { describe, expect, it } from "vitest";
import { describeError } from "./errors";
import { OldStateUnavailableError } from "./state-errors";

/** A read at block 12 through viem against a node that answers with `error`: the chain a page really gets. */
async function readAtOldBlock(error: { code: number; message: string; data?: string }): Promise<unknown> {
  const client = createPublicClient({
    transport: custom({
      async request() {
        throw error;
      },
    }),
  });
  try {
    await client.readContract({
      address: "0x00000000000000000000000000000000000000aa",
      abi: erc20Abi,
      functionName: "totalSupply",
      blockNumber: 12n,
    });
  } catch (e) {
    return e;
  }
  throw new Error("the read did not fail");
}

describe("describeError for reads a node without old state cannot serve", () => {
  it.each([
    ["anvil", { code: -32602, message: "BlockOutOfRangeError: block height is 53802 but requested was 12" }],
    ["geth", { code: -32000, message: "missing trie node 1a3bddc4 (path ) <nil>" }],
    ["erigon", { code: -32000, message: "header not found" }],
    [
      "nethermind",
      {
        code: -32603,
        message: "Internal error",
        data: "Nethermind.Trie.MissingTrieNodeException: is missing from the DB",
      },
    ],
  ])("says what %s's refusal means and suggests an archive RPC in Settings", async (_client, answer) => {
    const d = describeError(await readAtOldBlock(answer));
    expect(d.kind).toBe("no-old-state");
    expect(d.title).toMatch(/keeps no state for (block 12|old blocks)/);
    expect(d.detail).toMatch(/archive RPC URL for this chain in Settings/);
    expect(d.retry).toBe(false);
  });

  it("names the block anvil names", async () => {
    const e = await readAtOldBlock({
      code: -32602,
      message: "BlockOutOfRangeError: block height is 900 but requested was 12",
    });
    expect(describeError(e).title).toBe(
      "This RPC endpoint keeps no state for block 12, so it cannot show this figure as it stood then.",
    );
  });

  it("says it for the app's own typed error too, with its block", () => {
    const d = describeError(new OldStateUnavailableError(13_450, "geth"));
    expect(d).toMatchObject({ kind: "no-old-state" });
    expect(d.title).toContain("block 13,450");
  });

  it("leaves other failures to their own words", async () => {
    const d = describeError(await readAtOldBlock({ code: -32000, message: "execution reverted" }));
    expect(d.kind).not.toBe("no-old-state");
  });
});
