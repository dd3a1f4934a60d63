import { HttpRequestError, InternalRpcError, RpcRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { createRpc, type RpcClient } from "./rpc";
import { MalformedRpcResultError } from "./rpc-shapes";
import { createStatusStore } from "./status";

const call = { method: "eth_blockNumber" } as const;
const nodeError = new InternalRpcError(
  new RpcRequestError({ body: {}, error: { code: -32000, message: "missing trie node" }, url: "u" }),
);

/** A client whose batches settle as `batch` says and whose single calls answer "0x1"; counts both. */
function client(batch: () => PromiseSettledResult<unknown>[]) {
  const seen = { batches: 0, singles: 0 };
  const c: RpcClient = {
    request: async () => {
      seen.singles++;
      return "0x1";
    },
    requestBatch: async () => {
      seen.batches++;
      return batch();
    },
  };
  return { rpc: createRpc(c, createStatusStore(), { sleep: async () => undefined }), seen };
}
const ok = (value: unknown): PromiseSettledResult<unknown> => ({ status: "fulfilled", value });
const failed = (reason: unknown): PromiseSettledResult<unknown> => ({ status: "rejected", reason });

describe("rpc.many", () => {
  it("answers every call from one batch when all settle", async () => {
    const { rpc, seen } = client(() => [ok("0x2"), ok("0x3")]);
    expect(await rpc.many([call, call], String)).toEqual(["0x2", "0x3"]);
    expect(seen).toEqual({ batches: 1, singles: 0 });
  });

  it("keeps the node's own error for a call instead of asking again", async () => {
    const { rpc, seen } = client(() => [ok("0x2"), failed(nodeError)]);
    await expect(rpc.many([call, call], String)).rejects.toThrow(/missing trie node/);
    expect(seen.singles).toBe(0);
  });

  it("asks a malformed answer again on its own", async () => {
    const { rpc, seen } = client(() => [ok("0x2"), ok(7)]);
    const check = (raw: unknown) => {
      if (typeof raw !== "string") throw new MalformedRpcResultError("eth_blockNumber", "not a quantity");
      return raw;
    };
    expect(await rpc.many([call, call], check)).toEqual(["0x2", "0x1"]);
    expect(seen.singles).toBe(1);
  });

  it("retries a rate-limited batch one by one and keeps batching", async () => {
    const limited = new HttpRequestError({ url: "u", status: 429 });
    const { rpc, seen } = client(() => [failed(limited), failed(limited)]);
    expect(await rpc.many([call, call], String)).toEqual(["0x1", "0x1"]);
    expect(seen.singles).toBe(2);
    expect(rpc.batches()).toBe(true);
  });

  it("stops batching where the provider refuses batches", async () => {
    const refused = new HttpRequestError({ url: "u", status: 400, details: "batch requests not supported" });
    const { rpc, seen } = client(() => [failed(refused), failed(refused)]);
    expect(await rpc.many([call, call], String)).toEqual(["0x1", "0x1"]);
    expect(rpc.batches()).toBe(false);
    await rpc.many([call, call], String);
    expect(seen).toEqual({ batches: 1, singles: 4 });
  });
});
