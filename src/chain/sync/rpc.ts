import type { EIP1193Parameters, PublicRpcSchema } from "viem";
import { type BatchClient, createBatcher } from "./rpc-batch";
import { classifyError } from "./rpc-errors";
import { MalformedRpcResultError } from "./rpc-shapes";
import type { StatusStore } from "./status";

/** What the engine needs from a viem client: `request`, and optionally a way to send calls as one batch
 * (`createEngineClient` in `@/chain/client`); a plain viem client sends them one by one. */
export type RpcClient = BatchClient & {
  request: (args: EIP1193Parameters<PublicRpcSchema>, options?: { retryCount?: number }) => Promise<unknown>;
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
  const rpc = async function rpc<T>(
    args: EIP1193Parameters<PublicRpcSchema>,
    check: (raw: unknown) => T | Promise<T>,
    range?: Parameters<typeof classifyError>[1],
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      status.set((s) => ({ requests: s.requests + 1 }));
      try {
        // viem's own retries are off: they would hammer a range error three times before we see it.
        // Awaited here, so a malformed answer found by an async check is retried like any other.
        return await check(await client.request(args, { retryCount: 0 }));
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
  };
  return Object.assign(rpc, createBatcher(client, status, rpc));
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
