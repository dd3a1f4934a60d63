import type { Hex, Log } from "viem";
import type { LogFilter } from "./fetch-ranges";
import { logMatches } from "./merge-filters";
import { SLICE_LOGS, yieldToMain } from "./yield";

/** An RPC answered, but not with what the method promises (a broken or lying node): that request's result is
 * rejected before anything reads or stores it. */
export class MalformedRpcResultError extends Error {
  override name = "MalformedRpcResultError";
  constructor(
    readonly method: string,
    readonly reason: string,
  ) {
    super(`The RPC returned a malformed ${method} result: ${reason}.`);
  }
}

const QUANTITY = /^0x(0|[1-9a-f][0-9a-f]*)$/i;
const HASH = /^0x[0-9a-f]{64}$/i;
const ADDRESS = /^0x[0-9a-f]{40}$/i;
// Hex digits and an even length, checked apart: a repeated group `(..)*` made this the costliest test of a log.
const HEX = /^0x[0-9a-f]*$/i;
const isData = (v: unknown): v is string => typeof v === "string" && v.length % 2 === 0 && HEX.test(v);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const is = (re: RegExp, v: unknown): v is string => typeof v === "string" && re.test(v);
const orNull = (re: RegExp, v: unknown) => v === null || is(re, v);

/** What is wrong with one log, or null. Pending logs may carry nulls; everything present must be well formed. */
function logProblem(l: unknown, from: number, to: number, filter: LogFilter): string | null {
  if (!isObj(l)) return "not an object";
  if (!is(ADDRESS, l.address)) return "no valid address";
  if (!Array.isArray(l.topics) || l.topics.length > 4 || !l.topics.every((t) => is(HASH, t)))
    return "invalid topics";
  if (!isData(l.data)) return "invalid data";
  for (const k of ["blockNumber", "logIndex", "transactionIndex"] as const)
    if (!orNull(QUANTITY, l[k])) return `invalid ${k}`;
  for (const k of ["blockHash", "transactionHash"] as const) if (!orNull(HASH, l[k])) return `invalid ${k}`;
  if (l.removed !== undefined && typeof l.removed !== "boolean") return "invalid removed flag";
  if (typeof l.blockNumber === "string") {
    const n = Number.parseInt(l.blockNumber, 16);
    if (n < from || n > to) return `block ${n} outside the requested ${from}-${to}`;
  }
  // A log the filter excludes would be stored under the wrong stream: the node did not apply the filter.
  if (!logMatches(l.address, l.topics as string[], filter)) return "not one the filter asks for";
  return null;
}

/** The first problem among `raw[start..end)` as "log i: why", or null: one slice of an eth_getLogs answer. */
export function logsProblem(
  raw: readonly unknown[],
  from: number,
  to: number,
  filter: LogFilter,
  start = 0,
  end = raw.length,
): string | null {
  for (let i = start; i < end; i++) {
    const problem = logProblem(raw[i], from, to, filter);
    if (problem) return `log ${i}: ${problem}`;
  }
  return null;
}

/** Checks an eth_getLogs result for `filter` over blocks `from`-`to`, yielding to the page between slices. */
export async function checkLogs(
  raw: unknown,
  from: number,
  to: number,
  filter: LogFilter,
): Promise<Log<Hex, Hex, boolean>[]> {
  if (!Array.isArray(raw)) throw new MalformedRpcResultError("eth_getLogs", "not a list");
  for (let i = 0; i < raw.length; i += SLICE_LOGS) {
    // The first slice too: the answer's JSON parse just ran in this task.
    if (raw.length > SLICE_LOGS) await yieldToMain();
    const problem = logsProblem(raw, from, to, filter, i, Math.min(raw.length, i + SLICE_LOGS));
    if (problem) throw new MalformedRpcResultError("eth_getLogs", problem);
  }
  return raw as Log<Hex, Hex, boolean>[];
}

/** The parts of a block header the sync uses. */
export type RpcBlock = { number: Hex; hash: Hex; parentHash: Hex };

/** Checks an eth_getBlockByNumber result (null: no such block yet). */
export function checkBlock(raw: unknown): RpcBlock | null {
  if (raw === null) return null;
  if (!isObj(raw)) throw new MalformedRpcResultError("eth_getBlockByNumber", "not a block");
  if (!is(QUANTITY, raw.number)) throw new MalformedRpcResultError("eth_getBlockByNumber", "invalid number");
  if (!is(HASH, raw.hash)) throw new MalformedRpcResultError("eth_getBlockByNumber", "invalid hash");
  if (!is(HASH, raw.parentHash))
    throw new MalformedRpcResultError("eth_getBlockByNumber", "invalid parentHash");
  return { number: raw.number as Hex, hash: raw.hash as Hex, parentHash: raw.parentHash as Hex };
}

/** Checks an eth_getCode result. */
export function checkCode(raw: unknown): Hex {
  if (!isData(raw)) throw new MalformedRpcResultError("eth_getCode", "not hex bytes");
  return raw as Hex;
}
