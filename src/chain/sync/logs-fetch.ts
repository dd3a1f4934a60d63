import type { Address, Hex, Log, LogTopic } from "viem";
import { type PackedLogs, packLogs } from "@/chain/store/packed-logs";
import type { StoredLog } from "@/chain/store/types";
import { logsProblem } from "./rpc-shapes";
import { toStoredLog } from "./stored-log";

/** One eth_getLogs call for the logs worker: the JSON-RPC body as sent, where, and how long to wait. */
export type LogsRequest = { id: number; url: string; body: string; timeoutMs: number };

/** Why a call failed, in a form that crosses to the page (it rebuilds viem's error from it). */
export type LogsFailure =
  | { kind: "http"; status: number; statusText: string; retryAfter: string | null; details: string }
  | { kind: "rpc"; code: number; message: string; data?: unknown }
  | { kind: "timeout" }
  | { kind: "network"; message: string }
  | { kind: "malformed"; reason: string };

/** The worker's reply: the answer's logs in stored form, packed (its numbers' buffer is transferred). */
export type LogsReply =
  | { id: number; count: number; packed: PackedLogs }
  | { id: number; failure: LogsFailure };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === "string" ? Number.parseInt(v, 16) : Number.NaN);

/** The filter and block range a getLogs body asked for: its answer is checked against what was sent. */
function askedFor(body: string) {
  const call = JSON.parse(body) as { params?: unknown[] };
  const p = (call.params?.[0] ?? {}) as Obj;
  const address = p.address === undefined ? [] : Array.isArray(p.address) ? p.address : [p.address];
  const filter = { address: address as Address[], topics: (p.topics ?? []) as LogTopic[] };
  return { from: num(p.fromBlock), to: num(p.toBlock), filter };
}

/** Sends one eth_getLogs call and turns its answer into packed stored logs, with every check the page ran
 * before (rpc-shapes.ts: shapes, block range, the filter) applied here; a failure is described, not thrown. */
export async function answerLogsRequest(req: LogsRequest, fetchFn: typeof fetch = fetch): Promise<LogsReply> {
  const fail = (failure: LogsFailure): LogsReply => ({ id: req.id, failure });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), req.timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(req.url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: req.body,
      signal: controller.signal,
    });
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted) return fail({ kind: "timeout" });
    return fail({ kind: "network", message: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
  let data: unknown;
  try {
    data = JSON.parse(text || "{}");
  } catch {
    // As viem's HTTP client: an error status keeps its text; a 200 that is not JSON is a failed request.
    if (response.ok) return fail({ kind: "network", message: "The RPC answered with invalid JSON." });
    data = { error: text };
  }
  const error = isObj(data) ? data.error : undefined;
  if (!response.ok) {
    const details = error === undefined ? response.statusText : JSON.stringify(error);
    const retryAfter = response.headers.get("retry-after");
    return fail({
      kind: "http",
      status: response.status,
      statusText: response.statusText,
      retryAfter,
      details,
    });
  }
  if (isObj(error))
    return fail({ kind: "rpc", code: Number(error.code), message: String(error.message), data: error.data });
  if (error !== undefined) return fail({ kind: "rpc", code: -32603, message: String(error) });
  const raw = isObj(data) ? data.result : undefined;
  if (!Array.isArray(raw)) return fail({ kind: "malformed", reason: "not a list" });
  const { from, to, filter } = askedFor(req.body);
  const problem = logsProblem(raw, from, to, filter);
  if (problem) return fail({ kind: "malformed", reason: problem });
  const stored: StoredLog[] = [];
  for (const r of raw as Log<Hex, Hex, boolean>[]) {
    const l = toStoredLog(r);
    if (l) stored.push(l);
  }
  return { id: req.id, count: stored.length, packed: packLogs(stored, true) };
}
