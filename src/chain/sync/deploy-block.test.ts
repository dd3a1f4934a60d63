import { type Hex, hexToNumber } from "viem";
import { describe, expect, it } from "vitest";
import { DeployProbeError, findDeployBlock } from "./deploy-block";
import type { Rpc } from "./rpc";

/** A fake node where the contract has code from `deployed` on; counts requests and round trips. */
function node(deployed: number, prunedBelow = -1) {
  const stats = { requests: 0, rounds: 0 };
  let inRound = 0;
  const rpc = (async (args: { params: [string, Hex] }) => {
    if (inRound++ === 0) stats.rounds++;
    stats.requests++;
    await Promise.resolve();
    inRound--;
    const block = hexToNumber(args.params[1]);
    if (block < prunedBelow) throw new Error("missing trie node");
    return block >= deployed ? "0x6080" : "0x";
  }) as unknown as Rpc;
  return { rpc, stats };
}

describe("findDeployBlock", () => {
  it.each([0, 1, 17, 123_456, 22_999_999, 23_000_000])("finds block %i exactly", async (deployed) => {
    const { rpc, stats } = node(deployed);
    expect(await findDeployBlock(rpc, "0x0000000000000000000000000000000000000001", 23_000_000)).toBe(
      deployed,
    );
    expect(stats.rounds).toBeLessThanOrEqual(14); // a binary search needs 25 on this many blocks
  });

  it("says so, without guessing a block, where the node has pruned old state", async () => {
    const { rpc } = node(5_000_000, 4_000_000);
    const search = findDeployBlock(rpc, "0x0000000000000000000000000000000000000001", 23_000_000);
    await expect(search).rejects.toBeInstanceOf(DeployProbeError);
    await expect(search).rejects.toMatchObject({ missingState: true });
  });

  it("says so when the address has no code at the head", async () => {
    const { rpc } = node(Number.POSITIVE_INFINITY);
    await expect(findDeployBlock(rpc, "0x0000000000000000000000000000000000000001", 100)).rejects.toThrow(
      /No contract/,
    );
  });
});
