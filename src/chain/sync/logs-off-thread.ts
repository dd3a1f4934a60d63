import {
  type Address,
  createPublicClient,
  custom,
  type Hex,
  HttpRequestError,
  type LogTopic,
  RpcRequestError,
  TimeoutError,
} from "viem";
import type { PackedLogs } from "@/chain/store/packed-logs";
import { isWebSocketUrl } from "@/lib/rpc-urls";
import type { LogsFailure, LogsReply, LogsRequest } from "./logs-fetch";

/** An eth_getLogs filter with its block range, as sent. */
export type GetLogsParams = { fromBlock: Hex; toBlock: Hex; address?: Address[]; topics: LogTopic[] };
/** A getLogs answer from the worker: its logs checked and packed, or why the answer was rejected. */
export type LogsAnswer = { count: number; packed: PackedLogs } | { malformed: string };
/** Sends one getLogs call through the worker; null when no worker can take it (the caller fetches itself). */
export type LogsOffThread = (params: GetLogsParams) => Promise<LogsAnswer> | null;

/** The part of a Web Worker this client uses (an in-process adapter fits it in tests). */
export type LogsWorkerLike = {
  postMessage(message: LogsRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<LogsReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
};

type Body = Record<string, unknown>;

/** viem's error for a failure the worker described, as its HTTP transport would have thrown it. */
function toError(f: Exclude<LogsFailure, { kind: "malformed" }>, body: Body, url: string): Error {
  if (f.kind === "timeout") return new TimeoutError({ body, url });
  if (f.kind === "network") return new HttpRequestError({ body, url, cause: new Error(f.message) });
  if (f.kind === "rpc") return new RpcRequestError({ body, url, error: f });
  const headers = new Headers(f.retryAfter === null ? {} : { "retry-after": f.retryAfter });
  return new HttpRequestError({ body, url, status: f.status, headers, details: f.details });
}

/** getLogs over HTTP to `url` through a worker that parses, checks and packs each answer. Errors are viem's
 * (wrapped by JSON-RPC code through a viem client), so the engine retries and splits exactly as over viem's
 * transport. A worker that fails (its script refused to load, an uncaught error) fails the calls in flight
 * as network errors, which the engine retries, and is not used again: the engine then fetches on the page. */
export function createLogsOffThread(url: string, timeoutMs: number, makeWorker: () => LogsWorkerLike) {
  let worker: LogsWorkerLike | null = null;
  let broken = false;
  let nextId = 0;
  const pending = new Map<number, (r: LogsReply | Error) => void>();
  const getWorker = () => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (e) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    w.onerror = (e) => {
      broken = true;
      w.terminate();
      const waiting = [...pending.values()];
      pending.clear();
      for (const settle of waiting)
        settle(new Error(`The logs worker failed: ${e.message ?? "unknown error"}`));
    };
    worker = w;
    return w;
  };
  const transport = custom({
    async request({ method, params }: { method: string; params?: unknown }) {
      const id = ++nextId;
      const call = { jsonrpc: "2.0", id, method, params };
      const reply = await new Promise<LogsReply | Error>((resolve) => {
        pending.set(id, resolve);
        getWorker().postMessage({ id, url, body: JSON.stringify(call), timeoutMs });
      });
      if (reply instanceof Error) throw new HttpRequestError({ body: call, url, cause: reply });
      if (!("failure" in reply)) return { count: reply.count, packed: reply.packed };
      if (reply.failure.kind === "malformed") return { malformed: reply.failure.reason };
      throw toError(reply.failure, call, url);
    },
  });
  const client = createPublicClient({ transport });
  const offThread: LogsOffThread = (params) =>
    broken
      ? null
      : // The transport answers with the worker's packed form, not the logs viem's schema names.
        (client.request(
          { method: "eth_getLogs", params: [params] },
          { retryCount: 0 },
        ) as Promise<unknown> as Promise<LogsAnswer>);
  return offThread;
}

/** The engine's client with getLogs sent through a worker, where the page has workers and one HTTP URL (a
 * fallback over several URLs stays viem's, on the page). */
export function withLogsWorker<C extends object>(
  client: C,
  urls: readonly string[],
  timeoutMs: number,
): C & { logsOffThread?: LogsOffThread } {
  const [url, ...others] = urls;
  if (!url || others.length > 0 || isWebSocketUrl(url) || typeof Worker === "undefined") return client;
  // Started with the engine, not at its first getLogs: the worker's script loads and runs while the head is read.
  const worker: LogsWorkerLike = new Worker(new URL("./logs.worker.ts", import.meta.url), { type: "module" });
  return { ...client, logsOffThread: createLogsOffThread(url, timeoutMs, () => worker) };
}
