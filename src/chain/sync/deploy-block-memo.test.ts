import { type Address, type Hex, hexToNumber, numberToHex, pad, RpcRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { DeployProbeError } from "./deploy-block";
import { createStartMemo } from "./deploy-block-memo";
import { prepareStream, searchStartAhead } from "./prepare-stream";
import { createRpc, type RpcClient } from "./rpc";
import { createStatusStore } from "./status";
import { defineStream } from "./stream";

const GOVERNOR = "0x00000000000000000000000000000000000000aa" as const;
const TOKEN = "0x00000000000000000000000000000000000000bb" as const;
const HEAD = 200_000;
const hash = (n: number) => pad(numberToHex(n), { size: 32 });

/** A fake node: each contract has code from its block on (no state below `prunedBelow`), each logs once at its
 * deployment; getLogs over more than `maxRange` blocks is refused Cloudflare-style. Counts calls by method. */
function node(deployed: Record<Address, number>, o: { prunedBelow?: number; maxRange?: number } = {}) {
  const calls: Record<string, number> = {};
  const answer = (method: string, params: unknown): unknown => {
    calls[method] = (calls[method] ?? 0) + 1;
    if (method === "eth_getCode") {
      const [address, at] = params as [Address, Hex];
      const block = hexToNumber(at);
      if (block < (o.prunedBelow ?? -1))
        throw new RpcRequestError({
          body: {},
          error: { code: -32000, message: "missing trie node" },
          url: "u",
        });
      return block >= (deployed[address] ?? Infinity) ? "0x6080" : "0x";
    }
    const [f] = params as [{ fromBlock: Hex; toBlock: Hex; address: Address[] }];
    const [from, to] = [hexToNumber(f.fromBlock), hexToNumber(f.toBlock)];
    if (to - from + 1 > (o.maxRange ?? Infinity)) throw new Error(`Max range: ${o.maxRange}`);
    return f.address.flatMap((a) => {
      const b = deployed[a];
      if (b === undefined || b < from || b > to) return [];
      const log = {
        address: a,
        topics: [hash(1)],
        data: "0x",
        blockNumber: numberToHex(b),
        blockHash: hash(b),
      };
      return [
        { ...log, logIndex: "0x0", transactionIndex: "0x0", transactionHash: hash(b + 1), removed: false },
      ];
    });
  };
  const client: RpcClient = {
    request: async (args) => answer(args.method, args.params),
    requestBatch: async (list) =>
      list.map((c): PromiseSettledResult<unknown> => {
        try {
          return { status: "fulfilled", value: answer(c.method, c.params) };
        } catch (reason) {
          return { status: "rejected", reason };
        }
      }),
  };
  return { rpc: createRpc(client, createStatusStore(), { sleep: async () => undefined }), calls };
}

const spec = defineStream(31337, { address: [GOVERNOR, TOKEN], topics: [] });
const ctxOf = (rpc: ReturnType<typeof node>["rpc"], starts: ReturnType<typeof createStartMemo>) => {
  const status = createStatusStore();
  const ctx = {
    store: createMemoryStore(),
    chainId: 31337,
    rpc,
    status,
    head: HEAD + 50,
    isCanonical: async () => true,
    starts,
    startNotes: new Map(),
  };
  return { ctx, status };
};
const until = async (f: () => boolean) => {
  for (let i = 0; i < 1_000 && !f(); i++) await new Promise((r) => setTimeout(r, 0));
};

describe("createStartMemo", () => {
  it("searches each address once (any case), keeps a node's DeployProbeError and forgets other failures", async () => {
    const memo = createStartMemo();
    let finds = 0;
    const find = async () => ++finds;
    expect(await memo.code(GOVERNOR, find)).toBe(1);
    expect(await memo.code(GOVERNOR.toUpperCase().replace("0X", "0x") as Address, find)).toBe(1);
    const probe = new DeployProbeError(5, true, { cause: new Error("missing trie node") });
    await expect(memo.code(TOKEN, () => Promise.reject(probe))).rejects.toBe(probe);
    await expect(memo.code(TOKEN, find)).rejects.toBe(probe);
    const other = "0x00000000000000000000000000000000000000cc" as const;
    await expect(memo.code(other, () => Promise.reject(new Error("timeout")))).rejects.toThrow("timeout");
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo.code(other, find)).toBe(2);
  });
});

describe("a start searched ahead of the sync", () => {
  it("is the stream's first block, with no eth_getCode of the sync's own", async () => {
    const starts = createStartMemo();
    const ahead = node({ [GOVERNOR]: 1_234, [TOKEN]: 987 });
    searchStartAhead({ rpc: ahead.rpc, head: HEAD, starts }, [TOKEN, GOVERNOR]);
    const sync = node({ [GOVERNOR]: 1_234, [TOKEN]: 987 });
    const state = await prepareStream(ctxOf(sync.rpc, starts).ctx, spec);
    expect(state.deployBlock).toBe(987);
    expect(sync.calls).toEqual({});
    expect(ahead.calls.eth_getCode).toBeGreaterThan(0);
  });

  it("on a node without old state: found from the first log ahead, and the sync's status says so", async () => {
    const starts = createStartMemo();
    const deployed = { [GOVERNOR]: 1_234, [TOKEN]: 987 };
    const ahead = node(deployed, { prunedBelow: HEAD - 128 });
    searchStartAhead({ rpc: ahead.rpc, head: HEAD, starts }, [GOVERNOR, TOKEN]);
    await until(() => (ahead.calls.eth_getLogs ?? 0) > 0);
    const sync = node(deployed, { prunedBelow: HEAD - 128 });
    const { ctx, status } = ctxOf(sync.rpc, starts);
    const state = await prepareStream(ctx, spec);
    expect(state.deployBlock).toBe(987);
    expect(sync.calls).toEqual({});
    expect(ahead.calls.eth_getLogs).toBe(1);
    expect(status.get().starts).toEqual([
      expect.objectContaining({ block: 987, exact: true, missingState: true, requests: 1 }),
    ]);
  });

  it("behind a block-range cap: the sync starts where no log lies below, and learns the cap", async () => {
    const starts = createStartMemo();
    const deployed = { [GOVERNOR]: 1_234, [TOKEN]: 987 };
    const ahead = node(deployed, { prunedBelow: HEAD - 128, maxRange: 500 });
    searchStartAhead({ rpc: ahead.rpc, head: HEAD, starts }, [GOVERNOR, TOKEN]);
    const sync = node(deployed, { prunedBelow: HEAD - 128, maxRange: 500 });
    const caps: number[] = [];
    const { ctx } = ctxOf(sync.rpc, starts);
    const state = await prepareStream({ ...ctx, onRangeCap: (n) => caps.push(n) }, spec);
    expect(state.deployBlock).toBe(0);
    expect(caps).toEqual([500]);
    expect(sync.calls).toEqual({});
    // The cap was learned from one refused request; the search left the scan to the sync's windows.
    expect(ahead.calls.eth_getLogs).toBe(1);
    // A later stream that starts with one of them (the treasury's) sends no request the cap would refuse.
    const treasury = defineStream(31337, { address: [], topics: [hash(7)] }, undefined, [TOKEN]);
    const later = await prepareStream(ctxOf(sync.rpc, starts).ctx, treasury);
    expect(later.deployBlock).toBe(0);
    expect(sync.calls).toEqual({});
  });

  it("a failed search ahead leaves the search to the sync", async () => {
    const starts = createStartMemo();
    const client: RpcClient = { request: async () => Promise.reject(new Error("HTTP 500")) };
    const broken = createRpc(client, createStatusStore(), { maxAttempts: 1 });
    searchStartAhead({ rpc: broken, head: HEAD, starts }, [GOVERNOR, TOKEN]);
    await new Promise((r) => setTimeout(r, 10));
    const sync = node({ [GOVERNOR]: 1_234, [TOKEN]: 987 });
    const state = await prepareStream(ctxOf(sync.rpc, starts).ctx, spec);
    expect(state.deployBlock).toBe(987);
    expect(sync.calls.eth_getCode).toBeGreaterThan(0);
  });
});
