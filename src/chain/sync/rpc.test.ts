import { HttpRequestError, RpcRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { createRpc } from "./rpc";
import { classifyError, retryAfterMs } from "./rpc-errors";
import { MalformedRpcResultError } from "./rpc-shapes";
import { createStatusStore } from "./status";

const range = { fromBlock: "0x0", toBlock: "0x4e1f" } as const; // 20,000 blocks
const rpcError = (code: number, message: string) =>
  new RpcRequestError({ body: {}, error: { code, message }, url: "http://rpc" });
const http429 = (retryAfter: string) =>
  new HttpRequestError({
    url: "http://rpc",
    status: 429,
    headers: new Headers({ "retry-after": retryAfter }),
  });

describe("classifyError", () => {
  it("reads providers' range hints and tells result caps from block caps", () => {
    expect(classifyError(rpcError(-32047, "Max range: 800"), range)).toEqual({
      kind: "range",
      suggested: 800,
      resultCap: false,
      resultLimit: null,
    });
    const infura = rpcError(
      -32005,
      "query returned more than 10000 results. Try with this block range [0x0, 0x1387].",
    );
    expect(classifyError(infura, range)).toEqual({
      kind: "range",
      suggested: 5000,
      resultCap: true,
      resultLimit: 10000,
    });
    expect(classifyError(rpcError(-32000, "block range too large"), range)).toEqual({
      kind: "range",
      suggested: null,
      resultCap: false,
      resultLimit: null,
    });
  });

  it("treats 429 and 5xx as transient, honouring Retry-After, and anything else as fatal", () => {
    expect(classifyError(http429("3"), range)).toEqual({ kind: "transient", retryAfterMs: 3000 });
    expect(classifyError(new HttpRequestError({ url: "u", status: 503 }))).toEqual({
      kind: "transient",
      retryAfterMs: null,
    });
    expect(classifyError(rpcError(3, "execution reverted"))).toEqual({ kind: "fatal" });
    expect(retryAfterMs("Fri, 27 Nov 2026 20:00:05 GMT", Date.parse("Fri, 27 Nov 2026 20:00:00 GMT"))).toBe(
      5000,
    );
  });
});

describe("createRpc", () => {
  it("waits as long as Retry-After says, counts requests and retries, then succeeds", async () => {
    const waits: number[] = [];
    let calls = 0;
    const client = {
      request: async () => {
        calls++;
        if (calls < 3) throw http429("2");
        return "0x1";
      },
    };
    const status = createStatusStore();
    const rpc = createRpc(client, status, { sleep: async (ms) => void waits.push(ms) });
    expect(await rpc({ method: "eth_blockNumber" }, String)).toBe("0x1");
    expect(waits).toEqual([2000, 2000]);
    expect(status.get()).toMatchObject({ requests: 3, retries: 2 });
  });

  it("hands range errors straight back without retrying them", async () => {
    let calls = 0;
    const client = {
      request: async () => {
        calls++;
        throw rpcError(-32047, "Max range: 800");
      },
    };
    const rpc = createRpc(client, createStatusStore(), { sleep: async () => undefined });
    await expect(rpc({ method: "eth_getLogs", params: [{ ...range }] }, String, range)).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it("asks again when a result is malformed, and reports it by name when it stays malformed", async () => {
    const answers: unknown[] = [{ number: "nope" }, "0x5"];
    const client = { request: async () => answers.shift() ?? { broken: true } };
    const check = (raw: unknown) => {
      if (typeof raw !== "string") throw new MalformedRpcResultError("eth_blockNumber", "not a quantity");
      return raw;
    };
    const status = createStatusStore();
    const rpc = createRpc(client, status, { sleep: async () => undefined, maxAttempts: 3 });
    expect(await rpc({ method: "eth_blockNumber" }, check)).toBe("0x5");
    expect(status.get()).toMatchObject({ requests: 2, retries: 1 });
    await expect(rpc({ method: "eth_blockNumber" }, check)).rejects.toThrow(
      "The RPC returned a malformed eth_blockNumber result: not a quantity.",
    );
  });
});
