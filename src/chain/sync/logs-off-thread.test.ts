import { describe, expect, it } from "vitest";
import { inProcessLogsWorker } from "../../../test/chaos/logs-worker";
import type { LogFilter } from "./fetch-ranges";
import { createLogsOffThread, type GetLogsParams, type LogsWorkerLike } from "./logs-off-thread";
import { createRpc, type RpcClient } from "./rpc";
import { classifyError } from "./rpc-errors";
import { MalformedRpcResultError } from "./rpc-shapes";
import { createStatusStore } from "./status";
import { toStoredLog } from "./stored-log";

const A = "0x00000000000000000000000000000000000000aa";
const T0 = `0x${"11".repeat(32)}` as const;
const H = `0x${"22".repeat(32)}` as const;
const filter: LogFilter = { address: [A], topics: [[T0]] };
const params: GetLogsParams = { fromBlock: "0x5", toBlock: "0xf", address: [A], topics: [[T0]] };
const log = (block: number, index: number) => ({
  address: A,
  topics: [T0, H],
  data: `0x${"ab".repeat(32)}`,
  blockNumber: `0x${block.toString(16)}`,
  blockHash: H,
  blockTimestamp: "0x64",
  transactionHash: H,
  transactionIndex: "0x0",
  logIndex: `0x${index.toString(16)}`,
  removed: false,
});
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** An Rpc whose getLogs goes through the logs worker's code with `answers` as the network, one per request;
 * `page` counts the getLogs sent on the page instead (after the worker broke). */
function rpcOver(answers: (() => Response)[], worker?: LogsWorkerLike) {
  const waits: number[] = [];
  let page = 0;
  const fake: typeof fetch = async () => {
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return next();
  };
  const client: RpcClient = {
    request: async () => {
      page++;
      return [log(6, 0)];
    },
    logsOffThread: createLogsOffThread("http://rpc", 5_000, () => worker ?? inProcessLogsWorker(fake)),
  };
  const rpc = createRpc(client, createStatusStore(), {
    maxAttempts: 3,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { rpc, waits, page: () => page };
}

describe("getLogs through the logs worker", () => {
  it("answers with the same stored logs the page made from the RPC's answer, pending ones dropped", async () => {
    const raw = [log(5, 0), log(6, 3), { ...log(7, 0), blockNumber: null, blockHash: null, logIndex: null }];
    const { rpc } = rpcOver([() => json({ jsonrpc: "2.0", id: 1, result: raw })]);
    const logs = await rpc.getLogs(params, 5, 15, filter);
    expect(logs).toEqual([toStoredLog(raw[0] as never), toStoredLog(raw[1] as never)]);
    expect(logs[1]).toMatchObject({ blockNumber: 6, logIndex: 3, blockTimestamp: 100, topics: [T0, H] });
  });

  it("rejects an answer with a log outside the range or the filter, asks again, then reports it", async () => {
    const outside = () => json({ jsonrpc: "2.0", id: 1, result: [log(5, 0), log(16, 0)] });
    const other = () =>
      json({ jsonrpc: "2.0", id: 1, result: [{ ...log(5, 0), address: `0x${"bb".repeat(20)}` }] });
    const good = () => json({ jsonrpc: "2.0", id: 1, result: [log(5, 0)] });
    const retried = rpcOver([outside, other, good]);
    await expect(retried.rpc.getLogs(params, 5, 15, filter)).resolves.toHaveLength(1);
    expect(retried.waits).toHaveLength(2);
    const lying = rpcOver([outside, outside, outside]);
    const error = await lying.rpc.getLogs(params, 5, 15, filter).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedRpcResultError);
    expect(String(error)).toContain("log 1: block 16 outside the requested 5-15");
  });

  it("hands a provider's range error to the splitter and waits out a 429's Retry-After", async () => {
    const capped = () =>
      json({
        jsonrpc: "2.0",
        id: 1,
        error: {
          code: -32005,
          message: "query returned more than 10000 results. Try with this block range [0x5, 0x9].",
        },
      });
    const r = rpcOver([capped]);
    const error = await r.rpc.getLogs(params, 5, 15, filter).catch((e: unknown) => e);
    expect(classifyError(error, params)).toEqual({
      kind: "range",
      suggested: 5,
      resultCap: true,
      resultLimit: 10000,
    });
    expect(r.waits).toEqual([]);
    const busy = rpcOver([
      () => json({ error: "slow down" }, 429, { "retry-after": "2" }),
      () => json({ jsonrpc: "2.0", id: 2, result: [log(9, 1)] }),
    ]);
    await expect(busy.rpc.getLogs(params, 5, 15, filter)).resolves.toHaveLength(1);
    expect(busy.waits).toEqual([2_000]);
  });

  it("fetches on the page once the worker has failed (e.g. its script was refused)", async () => {
    const dead: LogsWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        queueMicrotask(() => dead.onerror?.({ message: "refused" } as ErrorEvent));
      },
      terminate() {},
    };
    const r = rpcOver([], dead);
    await expect(r.rpc.getLogs(params, 5, 15, filter)).resolves.toHaveLength(1);
    expect(r.page()).toBe(1);
    expect(r.waits).toHaveLength(1);
  });
});
