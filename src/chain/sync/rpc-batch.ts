import { BaseError, type EIP1193Parameters, type PublicRpcSchema, RpcRequestError } from "viem";
import { classifyError } from "./rpc-errors";
import type { StatusStore } from "./status";

/** One JSON-RPC call as the engine's clients take it. */
export type RpcArgs = EIP1193Parameters<PublicRpcSchema>;

/** A client that can send several calls as one JSON-RPC batch (one HTTP request), each call settling alone. */
export type BatchClient = {
  requestBatch?: (calls: readonly RpcArgs[]) => Promise<PromiseSettledResult<unknown>[]>;
};

/** True when the node answered this very call with a JSON-RPC error inside a batch answer (viem wraps it by
 * its code). An HTTP error status is the batch's fate, not the call's: a provider without batch support answers
 * 400 with one JSON-RPC error (viem makes that an RpcRequestError too, with the status). */
export const answeredByNode = (e: unknown) => {
  const inner = e instanceof BaseError ? e.walk((x) => x instanceof RpcRequestError) : null;
  return inner instanceof RpcRequestError && (inner.status === undefined || inner.status === 200);
};

type Single = <T>(args: RpcArgs, check: (raw: unknown) => T | Promise<T>) => Promise<T>;
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; again: boolean };

/**
 * `manySettled(calls, check)` / `many`: the calls as one JSON-RPC batch where the client can batch, else one request each.
 * A call the node answered with an error of its own (e.g. no state at that block) keeps that answer; a call the
 * batch could not settle (the batch refused, a 429, a timeout, a malformed result) is asked again on its own
 * through `single`, which retries with backoff. A batch refused as a whole for a reason that is not transient
 * (a provider without batch support) turns batching off for this client, so later rounds go one by one.
 */
export function createBatcher(client: BatchClient, status: StatusStore, single: Single) {
  let refused = false;
  const send = client.requestBatch;
  /** Each call's outcome, sent as one batch where possible. */
  async function manySettled<T>(
    calls: readonly RpcArgs[],
    check: (raw: unknown) => T | Promise<T>,
  ): Promise<PromiseSettledResult<T>[]> {
    if (!send || refused || calls.length < 2) return Promise.allSettled(calls.map((c) => single(c, check)));
    status.set((s) => ({ requests: s.requests + 1 }));
    const settled = await send(calls).catch((reason: unknown) =>
      calls.map((): PromiseSettledResult<unknown> => ({ status: "rejected", reason })),
    );
    const outcomes = await Promise.all(
      calls.map(async (_, i): Promise<Outcome<T>> => {
        const s = settled[i];
        if (!s) return { ok: false, error: new Error("no answer in the batch"), again: true };
        if (s.status === "rejected") {
          // The node's own error for this call is its answer, unless it says to come back later.
          const again = !answeredByNode(s.reason) || classifyError(s.reason).kind === "transient";
          return { ok: false, error: s.reason, again };
        }
        try {
          return { ok: true, value: await check(s.value) };
        } catch (error) {
          return { ok: false, error, again: true };
        }
      }),
    );
    // No call answered, and not for a passing reason: this provider does not take batches.
    const reasons = settled.flatMap((s) => (s.status === "rejected" ? [s.reason] : []));
    const whole = reasons.length === calls.length && !reasons.some(answeredByNode);
    if (whole && classifyError(reasons[0]).kind !== "transient") refused = true;
    return Promise.allSettled(
      outcomes.map((o, i) => {
        if (o.ok) return o.value;
        const call = calls[i];
        return o.again && call ? single(call, check) : Promise.reject(o.error);
      }),
    );
  }
  /** As `manySettled`, rejecting with the first failure. */
  async function many<T>(calls: readonly RpcArgs[], check: (raw: unknown) => T | Promise<T>): Promise<T[]> {
    return (await manySettled(calls, check)).map((s) => {
      if (s.status === "rejected") throw s.reason;
      return s.value;
    });
  }
  return {
    many,
    manySettled,
    /** True while calls can go as one batch (the client can, and the provider has not refused one). */
    batches: () => Boolean(send) && !refused,
  };
}
