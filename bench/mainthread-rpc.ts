import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { numberToHex } from "viem";
import { fakeHash, type RpcLog } from "./mainthread-logs";

type Call = { id: number | string; method: string; params?: unknown[] };
type Filter = {
  fromBlock?: string;
  toBlock?: string;
  address?: string | string[];
  topics?: (string | string[] | null)[];
};

const read = (req: import("node:http").IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => resolve(Buffer.concat(parts).toString()));
    req.on("error", reject);
  });

/** A node that serves a fixed history (sorted by block) up to `head`: the head and blocks by number, and
 * eth_getLogs filtered by address and topics as a node does (the sync checks answers against its filter).
 * Each log's JSON is built once, so the node's own time stays small next to the page's. */
export async function startSynthNode(logs: readonly RpcLog[], head: number) {
  const blocks = logs.map((l) => Number.parseInt(l.blockNumber, 16));
  const json = logs.map((l) => JSON.stringify(l));
  const lower = (b: number) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((blocks[mid] ?? 0) < b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const num = (tag: unknown) =>
    typeof tag === "string" && tag.startsWith("0x") ? Number.parseInt(tag, 16) : head;
  const block = (n: number) =>
    n > head
      ? null
      : {
          number: numberToHex(n),
          hash: fakeHash(1, n),
          parentHash: fakeHash(1, n - 1),
          timestamp: numberToHex(1_760_000_000 + n * 12),
        };
  const getLogs = (f: Filter): string => {
    const from = num(f.fromBlock);
    const to = Math.min(head, num(f.toBlock));
    const addr =
      f.address === undefined
        ? null
        : new Set((Array.isArray(f.address) ? f.address : [f.address]).map((a) => a.toLowerCase()));
    const slots = (f.topics ?? []).map((t) =>
      t === null ? null : new Set((Array.isArray(t) ? t : [t]).map((x) => x.toLowerCase())),
    );
    const out: string[] = [];
    for (let i = lower(from); i < logs.length && (blocks[i] ?? 0) <= to; i++) {
      const l = logs[i];
      if (!l || (addr && !addr.has(l.address.toLowerCase()))) continue;
      if (slots.every((s, k) => s === null || s.has(l.topics[k]?.toLowerCase() ?? "-")))
        out.push(json[i] ?? "");
    }
    return `[${out.join(",")}]`;
  };
  const answer = (c: Call): string => {
    const p = c.params ?? [];
    const result =
      c.method === "eth_getLogs"
        ? getLogs((p[0] ?? {}) as Filter)
        : c.method === "eth_getBlockByNumber"
          ? JSON.stringify(block(num(p[0])))
          : c.method === "eth_blockNumber"
            ? JSON.stringify(numberToHex(head))
            : c.method === "eth_chainId"
              ? '"0x7a69"'
              : null;
    if (result === null)
      return JSON.stringify({
        jsonrpc: "2.0",
        id: c.id,
        error: { code: -32601, message: `${c.method} not served` },
      });
    return `{"jsonrpc":"2.0","id":${JSON.stringify(c.id)},"result":${result}}`;
  };
  const server = createServer((req, res) => {
    void read(req).then((body) => {
      const parsed = JSON.parse(body) as Call | Call[];
      const text = Array.isArray(parsed) ? `[${parsed.map(answer).join(",")}]` : answer(parsed);
      res.writeHead(200, { "content-type": "application/json" }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
