import type { EIP1193Parameters, PublicRpcSchema } from "viem";
import { unpackCheckedLogs } from "@/chain/store/packed-logs";
import type { StoredLog } from "@/chain/store/types";
import type { LogFilter } from "./fetch-ranges";
import type { GetLogsParams, LogsAnswer, LogsOffThread } from "./logs-off-thread";
import { type BatchClient, createBatcher } from "./rpc-batch";
import { classifyError } from "./rpc-errors";
import { checkLogs, MalformedRpcResultError } from "./rpc-shapes";
import type { StatusStore } from "./status";
import { toStoredLog } from "./stored-log";
import { SLICE_LOGS, yieldToMain } from "./yield";

/** What the engine needs from a viem client: `request`, and optionally a way to send calls as one batch
 * (`createEngineClient` in `@/chain/client`); a plain viem client sends them one by one. */
export type RpcClient = BatchClient & {
  request: (args: EIP1193Parameters<PublicRpcSchema>, options?: { retryCount?: number }) => Promise<unknown>;
  /** getLogs parsed, checked and packed in a worker (`withLogsWorker`); absent: parsed on this thread. */
  logsOffThread?: LogsOffThread;
};

export type RpcOptions = {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected in tests to observe the waits. */
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A request function that counts requests, checks each result's shape with `check` (nothing is cast), retries
 * 429/5xx/network errors and malformed results with backoff (Retry-After first), and throws everything else at
 * once so range errors reach the splitter. `rpc.many` sends calls that go out together as one JSON-RPC batch
 * where the client can (never used for getLogs: each range error must reach the splitter on its own). */
export function createRpc(client: RpcClient, status: StatusStore, opts: RpcOptions = {}) {
  const { maxAttempts = 8, baseDelayMs = 100, maxDelayMs = 8_000, sleep = realSleep } = opts;
  /** One request's attempts: counted, retried on transient errors and malformed answers, else thrown. */
  async function attempts<T>(
    send: () => Promise<T>,
    range?: Parameters<typeof classifyError>[1],
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      status.set((s) => ({ requests: s.requests + 1 }));
      try {
        return await send();
      } catch (error) {
        // A malformed answer may come from one bad node behind a load balancer: ask again, then report it.
        const kind =
          error instanceof MalformedRpcResultError
            ? { kind: "transient" as const, retryAfterMs: null }
            : classifyError(error, range);
        if (kind.kind !== "transient" || attempt >= maxAttempts) throw error;
        const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
        status.set((s) => ({ retries: s.retries + 1, lastError: shortMessage(error) }));
        await sleep(kind.retryAfterMs ?? backoff);
      }
    }
  }
  const rpc = async function rpc<T>(
    args: EIP1193Parameters<PublicRpcSchema>,
    check: (raw: unknown) => T | Promise<T>,
    range?: Parameters<typeof classifyError>[1],
  ): Promise<T> {
    // viem's own retries are off: they would hammer a range error three times before we see it.
    // Awaited here, so a malformed answer found by an async check is retried like any other.
    return attempts(async () => check(await client.request(args, { retryCount: 0 })), range);
  };
  /** One eth_getLogs request's logs in stored form (pending and removed ones dropped), checked against the
   * filter and range asked for: through the client's worker when it has one, else parsed here in slices. */
  function getLogs(params: GetLogsParams, from: number, to: number, filter: LogFilter) {
    return attempts(async (): Promise<StoredLog[]> => {
      const off = client.logsOffThread?.(params);
      if (off) return fromWorker(await off);
      const raw = await client.request({ method: "eth_getLogs", params: [params] }, { retryCount: 0 });
      const logs = await checkLogs(raw, from, to, filter);
      const out: StoredLog[] = [];
      for (let i = 0; i < logs.length; i++) {
        if (i > 0 && i % SLICE_LOGS === 0) await yieldToMain();
        const r = logs[i];
        const l = r && toStoredLog(r);
        if (l) out.push(l);
      }
      return out;
    }, params);
  }
  return Object.assign(rpc, { getLogs }, createBatcher(client, status, rpc));
}

/** The worker's answer as logs (its checks ran there), or the rejection it found, to be retried. */
function fromWorker(a: LogsAnswer): Promise<StoredLog[]> {
  if ("malformed" in a) throw new MalformedRpcResultError("eth_getLogs", a.malformed);
  return unpackCheckedLogs(a.packed, a.count, yieldToMain, SLICE_LOGS);
}

export type Rpc = ReturnType<typeof createRpc>;

/** First line of an error, for the status line. */
export function shortMessage(error: unknown): string {
  const m =
    error instanceof Error
      ? ((error as { shortMessage?: string }).shortMessage ?? error.message)
      : String(error);
  return m.split("\n")[0] ?? m;
}
