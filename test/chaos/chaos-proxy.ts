import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type RangeStyle,
  type ResultStyle,
  rangeError,
  resultError,
  type StateStyle,
  stateError,
} from "./provider-errors";
import { seededRandom } from "./rng";

/** How the proxy misbehaves. Every random choice comes from `seed`. */
export type ChaosOptions = {
  upstream: string;
  seed?: number;
  maxBlockRange?: number;
  maxResults?: number;
  rangeStyle?: RangeStyle;
  resultStyle?: ResultStyle;
  /** Share of requests answered with 429 (with Retry-After) or a 5xx. */
  faultRate?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  /** False for a chain without the `finalized` and `safe` block tags (pre-merge chains, some L2s). */
  finalityTags?: boolean;
  /** How many non-empty eth_getLogs answers to corrupt (one log each, in turn: a truncated block hash, a
   * decimal block number, a log of another contract), like a broken node behind a load balancer. */
  malformLogs?: number;
  /** A full node that keeps state only for the last `keep` blocks (geth: 128): every state read at an older
   * block is refused in `style`'s words. Logs, blocks and receipts are served for the whole chain. */
  prunedState?: { keep: number; style: StateStyle };
};

/** Where each state-at-block method takes its block parameter. */
const STATE_BLOCK_PARAM: Record<string, number> = {
  eth_getCode: 1,
  eth_getBalance: 1,
  eth_getTransactionCount: 1,
  eth_getStorageAt: 2,
  eth_call: 1,
  eth_estimateGas: 1,
  eth_getProof: 2,
};

const CORRUPTIONS = [
  (l: Record<string, unknown>) => ({ ...l, blockHash: "0x1234" }),
  (l: Record<string, unknown>) => ({ ...l, blockNumber: Number.parseInt(String(l.blockNumber), 16) }),
  (l: Record<string, unknown>) => ({ ...l, address: `0x${"ee".repeat(20)}` }),
];

type RpcRequest = { jsonrpc: "2.0"; id: number | string; method: string; params?: unknown[] };
type LogFilter = { fromBlock?: string; toBlock?: string };
export type ChaosStats = {
  requests: number;
  byMethod: Record<string, number>;
  faults: number;
  limitErrors: number;
  malformed: number;
  /** State reads refused for being older than the pruned node keeps. */
  stateRefusals: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });

/** A loopback JSON-RPC proxy in front of anvil that behaves like a strict public provider. */
export async function startChaosProxy(options: ChaosOptions) {
  let o = {
    maxBlockRange: Infinity,
    maxResults: Infinity,
    faultRate: 0,
    latencyMs: 0,
    retryAfterSeconds: 0,
    ...options,
  };
  let rand = seededRandom(o.seed ?? 1);
  const stats: ChaosStats = {
    requests: 0,
    byMethod: {},
    faults: 0,
    limitErrors: 0,
    malformed: 0,
    stateRefusals: 0,
  };

  const upstream = async (body: unknown): Promise<unknown> => {
    const res = await fetch(o.upstream, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return res.json();
  };
  const blockOf = async (tag: string | undefined): Promise<number> => {
    if (tag?.startsWith("0x")) return Number.parseInt(tag, 16);
    const r = (await upstream({ jsonrpc: "2.0", id: 0, method: "eth_blockNumber", params: [] })) as {
      result: string;
    };
    return Number.parseInt(r.result, 16);
  };

  const getLogs = async (call: RpcRequest): Promise<unknown> => {
    const filter = (call.params?.[0] ?? {}) as LogFilter;
    const from = await blockOf(filter.fromBlock ?? "latest");
    const to = await blockOf(filter.toBlock ?? "latest");
    if (to - from + 1 > o.maxBlockRange) {
      stats.limitErrors++;
      return {
        jsonrpc: "2.0",
        id: call.id,
        error: rangeError(o.rangeStyle ?? "cloudflare", from, o.maxBlockRange, o.maxResults),
      };
    }
    const res = (await upstream(call)) as { result?: { blockNumber: string }[] };
    const logs = res.result ?? [];
    if (logs.length > 0 && logs.length <= o.maxResults && stats.malformed < (o.malformLogs ?? 0)) {
      const corrupt = CORRUPTIONS[stats.malformed % CORRUPTIONS.length] ?? ((l) => l);
      stats.malformed++;
      const i = Math.floor(rand() * logs.length);
      return { ...res, result: logs.map((l, j) => (j === i ? corrupt(l) : l)) };
    }
    if (logs.length <= o.maxResults) return res;
    stats.limitErrors++;
    const firstOver = logs[o.maxResults];
    const fits = Math.max(from, (firstOver ? Number.parseInt(firstOver.blockNumber, 16) : to) - 1);
    return {
      jsonrpc: "2.0",
      id: call.id,
      error: resultError(o.resultStyle ?? "infura", from, fits, o.maxResults, o.maxBlockRange),
    };
  };

  const isUnknownTag = (call: RpcRequest) =>
    o.finalityTags === false &&
    call.method === "eth_getBlockByNumber" &&
    (call.params?.[0] === "finalized" || call.params?.[0] === "safe");
  // geth's answer on a chain that has no finalized block.
  const unknownTag = (call: RpcRequest) => ({
    jsonrpc: "2.0",
    id: call.id,
    error: { code: -32000, message: "finalized block not found" },
  });

  // A block given as a number (hex, or EIP-1898's { blockNumber }); tags and hashes count as recent.
  const stateBlock = (call: RpcRequest): number | null => {
    const i = STATE_BLOCK_PARAM[call.method];
    const p: unknown = i === undefined ? undefined : call.params?.[i];
    const tag = typeof p === "object" && p !== null ? (p as { blockNumber?: unknown }).blockNumber : p;
    return typeof tag === "string" && tag.startsWith("0x") ? Number.parseInt(tag, 16) : null;
  };
  const refusedState = async (call: RpcRequest): Promise<unknown> => {
    const pruned = o.prunedState;
    const block = pruned ? stateBlock(call) : null;
    if (!pruned || block === null) return null;
    const head = await blockOf("latest");
    if (block >= head - pruned.keep) return null;
    stats.stateRefusals++;
    return { jsonrpc: "2.0", id: call.id, error: stateError(pruned.style, head, block) };
  };
  const answer = async (c: RpcRequest): Promise<unknown> => {
    if (c.method === "eth_getLogs") return getLogs(c);
    if (isUnknownTag(c)) return unknownTag(c);
    return (await refusedState(c)) ?? upstream(c);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await read(req);
    const parsed = JSON.parse(text) as RpcRequest | RpcRequest[];
    const calls = Array.isArray(parsed) ? parsed : [parsed];
    stats.requests++;
    for (const c of calls) stats.byMethod[c.method] = (stats.byMethod[c.method] ?? 0) + 1;
    if (o.latencyMs > 0) await sleep(o.latencyMs);
    if (rand() < o.faultRate) {
      stats.faults++;
      if (rand() < 0.5) {
        res.writeHead(429, { "content-type": "text/plain", "retry-after": String(o.retryAfterSeconds) });
        res.end("Too Many Requests");
      } else {
        res.writeHead(rand() < 0.5 ? 502 : 503, { "content-type": "text/plain" });
        res.end("upstream unavailable");
      }
      return;
    }
    const answers = await Promise.all(calls.map(answer));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(Array.isArray(parsed) ? answers : answers[0]));
  };

  const server = createServer((req, res) => {
    // Like a public provider, answer browsers from any origin (the app under test runs on another port).
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-expose-headers", "retry-after");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-headers": "content-type",
        "access-control-allow-methods": "POST",
      });
      res.end();
      return;
    }
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    /** Zeroes the counters (e.g. between a cold and a warm sync). */
    resetStats() {
      Object.assign(stats, {
        requests: 0,
        byMethod: {},
        faults: 0,
        limitErrors: 0,
        malformed: 0,
        stateRefusals: 0,
      });
    },
    /** Changes the behaviour; a new seed restarts the fault pattern. */
    configure(next: Partial<ChaosOptions>) {
      o = { ...o, ...next };
      if (next.seed !== undefined) rand = seededRandom(next.seed);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ChaosProxy = Awaited<ReturnType<typeof startChaosProxy>>;
