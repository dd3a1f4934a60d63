import { getLogsRetryHelper } from "@ponder/utils";
import { BaseError, type Hex, HttpRequestError, type RpcError, RpcRequestError, TimeoutError } from "viem";

/** How the engine reacts to a failed request. */
export type ErrorKind =
  | { kind: "range"; suggested: number | null; resultCap: boolean; resultLimit: number | null }
  | { kind: "transient"; retryAfterMs: number | null }
  | { kind: "fatal" };

type GetLogsRange = { fromBlock: Hex; toBlock: Hex };

const statusOf = (e: unknown): { status?: number; headers?: Headers } => {
  if (e instanceof HttpRequestError || e instanceof RpcRequestError) return e;
  return {};
};

/** Parses Retry-After (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const text = (e: unknown): string => {
  if (e instanceof BaseError) {
    const parts: string[] = [];
    e.walk((x) => {
      if (x instanceof Error) parts.push(x.message);
      return false;
    });
    return parts.join(" | ");
  }
  return e instanceof Error ? e.message : String(e);
};

const RESULT_CAP =
  /more than \d+ results|Log response size exceeded|exceeds max results|exceeds limit of|response size should not/i;

/** The result limit a provider names ("more than 10000 results", "a cap of 10K logs"), if any. */
export function resultLimitOf(message: string): number | null {
  const m = message.match(/more than (\d+) results|cap of (\d+)(K?) logs|exceeds limit of (\d+)/i);
  if (!m) return null;
  if (m[1]) return Number(m[1]);
  if (m[2]) return Number(m[2]) * (m[3] ? 1000 : 1);
  return m[4] ? Number(m[4]) : null;
}

/** Classifies an RPC failure; `range` is given for getLogs calls so provider hints can be read. */
export function classifyError(error: unknown, range?: GetLogsRange): ErrorKind {
  const message = text(error);
  if (range) {
    const hint = getLogsRetryHelper({
      error: { message, details: message } as unknown as RpcError,
      params: [range],
    });
    if (hint.shouldRetry) {
      const first = hint.ranges[0];
      const suggested =
        hint.isSuggestedRange && first ? Number(BigInt(first.toBlock) - BigInt(first.fromBlock)) + 1 : null;
      return {
        kind: "range",
        suggested,
        resultCap: RESULT_CAP.test(message),
        resultLimit: resultLimitOf(message),
      };
    }
  }
  const { status, headers } = statusOf(error);
  let inner: unknown = error;
  if (error instanceof BaseError)
    inner = error.walk((x) => x instanceof HttpRequestError || x instanceof TimeoutError);
  const deep = statusOf(inner);
  const code = status ?? deep.status;
  if (code === 429 || (code !== undefined && code >= 500))
    return { kind: "transient", retryAfterMs: retryAfterMs((headers ?? deep.headers)?.get("retry-after")) };
  if (
    inner instanceof TimeoutError ||
    /fetch failed|ECONNRESET|ECONNREFUSED|socket hang up|rate limit/i.test(message)
  )
    return { kind: "transient", retryAfterMs: null };
  if (inner instanceof HttpRequestError && inner.status === undefined)
    return { kind: "transient", retryAfterMs: null };
  return { kind: "fatal" };
}
