import { type Hex, hexToNumber, numberToHex, RpcRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { DeployProbeError, findDeployBlock } from "./deploy-block";
import { createRpc, type RpcClient } from "./rpc";
import { checkCode } from "./rpc-shapes";
import { createStatusStore } from "./status";

const ADDRESS = "0x0000000000000000000000000000000000000001";

/** A fake node where the contract has code from `deployed` on, below `prunedBelow` no state; it counts HTTP
 * requests (a batch is one) and round trips. `batches`: it takes JSON-RPC batches; "refuses": it answers a
 * batch with HTTP 400 as providers without batch support do. */
function node(deployed: number, o: { prunedBelow?: number; batches?: boolean | "refuses" } = {}) {
  const stats = { requests: 0, rounds: 0, calls: 0 };
  let inRound = 0;
  const answer = (params: unknown): string => {
    stats.calls++;
    const block = hexToNumber((params as [string, Hex])[1]);
    if (block < (o.prunedBelow ?? -1))
      throw new RpcRequestError({
        body: {},
        error: { code: -32000, message: "missing trie node" },
        url: "u",
      });
    return block >= deployed ? "0x6080" : "0x";
  };
  const http = async <T>(f: () => T): Promise<T> => {
    if (inRound++ === 0) stats.rounds++;
    stats.requests++;
    await Promise.resolve();
    inRound--;
    return f();
  };
  const client: RpcClient = {
    request: (args) => http(() => answer(args.params)),
    ...(o.batches
      ? {
          requestBatch: (calls) =>
            http(() => {
              if (o.batches === "refuses") throw new Error("HTTP 400: batch requests are not supported");
              return calls.map((c): PromiseSettledResult<unknown> => {
                try {
                  return { status: "fulfilled", value: answer(c.params) };
                } catch (reason) {
                  return { status: "rejected", reason };
                }
              });
            }),
        }
      : {}),
  };
  const rpc = createRpc(client, createStatusStore(), { sleep: async () => undefined });
  return { rpc, stats };
}

describe("findDeployBlock", () => {
  it.each([0, 1, 17, 123_456, 22_999_999, 23_000_000])(
    "finds block %i exactly, one batch a round",
    async (d) => {
      const { rpc, stats } = node(d, { batches: true });
      expect(await findDeployBlock(rpc, ADDRESS, 23_000_000)).toBe(d);
      expect(stats.requests).toBe(stats.rounds);
      expect(stats.requests).toBeLessThanOrEqual(5); // 32-ary; the head is checked in the first round
    },
  );

  it("needs 4 round trips on the bench chain's 200k blocks", async () => {
    const { rpc, stats } = node(1, { batches: true });
    expect(await findDeployBlock(rpc, ADDRESS, 200_300)).toBe(1);
    expect(stats.requests).toBeLessThanOrEqual(4);
  });

  it.each([0, 17, 22_999_999])("finds block %i without batches, in parallel rounds of 3", async (d) => {
    const { rpc, stats } = node(d);
    expect(await findDeployBlock(rpc, ADDRESS, 23_000_000)).toBe(d);
    expect(stats.rounds).toBeLessThanOrEqual(14); // a binary search needs 25 on this many blocks
  });

  it("still finds it where the provider refuses batches, then stops batching", async () => {
    const { rpc, stats } = node(123_456, { batches: "refuses" });
    expect(await findDeployBlock(rpc, ADDRESS, 23_000_000)).toBe(123_456);
    expect(rpc.batches()).toBe(false);
    // One refused batch, its 31 calls asked again one by one, then rounds of 3.
    expect(stats.rounds).toBeLessThanOrEqual(15);
  });

  it.each([true, false])("says so, without guessing, where old state is pruned (batches: %s)", async (b) => {
    const { rpc, stats } = node(5_000_000, { prunedBelow: 4_000_000, batches: b });
    const search = findDeployBlock(rpc, ADDRESS, 23_000_000);
    await expect(search).rejects.toBeInstanceOf(DeployProbeError);
    await expect(search).rejects.toMatchObject({ missingState: true });
    if (b) expect(stats.requests).toBe(1); // the head's answer came in the same batch
  });

  it("says so when the address has no code at the head, even where old state is pruned", async () => {
    await expect(findDeployBlock(node(Number.POSITIVE_INFINITY).rpc, ADDRESS, 100)).rejects.toThrow(
      /No contract/,
    );
    const pruned = node(Number.POSITIVE_INFINITY, { prunedBelow: 90, batches: true });
    await expect(findDeployBlock(pruned.rpc, ADDRESS, 100)).rejects.toThrow(/No contract/);
  });
});

describe("findDeployBlock with its first round sent another way (one probe and the head)", () => {
  /** The opening as another channel sends it: `side`'s node, counted apart. */
  const openingOn = (side: ReturnType<typeof node>) => (blocks: readonly number[]) =>
    side.rpc.manySettled(
      blocks.map((b) => ({ method: "eth_getCode", params: [ADDRESS, numberToHex(b)] }) as const),
      checkCode,
    );

  it.each([1, 123_456, 22_999_999])("finds block %i exactly, going on through the RPC", async (d) => {
    const side = node(d, { batches: true });
    const { rpc, stats } = node(d, { batches: true });
    expect(await findDeployBlock(rpc, ADDRESS, 23_000_000, openingOn(side))).toBe(d);
    expect(side.stats.calls).toBe(2);
    expect(stats.requests).toBeLessThanOrEqual(5);
  });

  it("where old state is pruned: a DeployProbeError from the opening alone, nothing through the RPC", async () => {
    const side = node(5_000_000, { prunedBelow: 22_000_000, batches: true });
    const { rpc, stats } = node(5_000_000, { prunedBelow: 22_000_000, batches: true });
    const search = findDeployBlock(rpc, ADDRESS, 23_000_000, openingOn(side));
    await expect(search).rejects.toMatchObject({ name: "DeployProbeError", missingState: true });
    expect(stats.calls).toBe(0);
  });
});
