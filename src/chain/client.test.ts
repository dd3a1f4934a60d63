import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { hexToNumber } from "viem";
import { foundry } from "viem/chains";
import { afterEach, describe, expect, it } from "vitest";
import { createEngineClient } from "./client";
import { findDeployBlock } from "./sync/deploy-block";
import { createRpc } from "./sync/rpc";
import { createStatusStore } from "./sync/status";

type Call = { id: number; method: string; params: [string, string] };
const ADDRESS = "0x0000000000000000000000000000000000000001";
const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A JSON-RPC node over HTTP where the contract has code from block 1,000 on; counts HTTP requests. With
 * `refuseBatches` it answers a batch with HTTP 400, as providers without batch support do. */
async function node(refuseBatches = false) {
  const seen = { requests: 0, batches: 0 };
  const answer = (c: Call) => ({
    jsonrpc: "2.0",
    id: c.id,
    result: hexToNumber(c.params[1] as `0x${string}`) >= 1_000 ? "0x6080" : "0x",
  });
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => {
      body += d;
    });
    req.on("end", () => {
      seen.requests++;
      const parsed = JSON.parse(body) as Call | Call[];
      res.setHeader("Content-Type", "application/json");
      if (Array.isArray(parsed)) {
        seen.batches++;
        if (refuseBatches) {
          res.statusCode = 400;
          res.end(
            JSON.stringify({
              jsonrpc: "2.0",
              id: null,
              error: { code: -32600, message: "batch not supported" },
            }),
          );
          return;
        }
        res.end(JSON.stringify(parsed.map(answer)));
      } else res.end(JSON.stringify(answer(parsed)));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createEngineClient(foundry, [url], { retryCount: 0, retryDelayMs: 0, timeoutMs: 5_000 });
  return { client, seen };
}

describe("createEngineClient", () => {
  it("sends a round of calls as one JSON-RPC batch, each answer matched to its call", async () => {
    const { client, seen } = await node();
    const blocks = [999, 1_000, 5];
    const settled = await client.requestBatch(
      blocks.map((b) => ({ method: "eth_getCode", params: [ADDRESS, `0x${b.toString(16)}`] }) as const),
    );
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : "failed"))).toEqual([
      "0x",
      "0x6080",
      "0x",
    ]);
    expect(seen).toEqual({ requests: 1, batches: 1 });
  });

  it("finds a deployment in 4 requests over 200k blocks", async () => {
    const { client, seen } = await node();
    const rpc = createRpc(client, createStatusStore());
    expect(await findDeployBlock(rpc, ADDRESS, 200_000)).toBe(1_000);
    expect(seen.requests).toBe(4);
  });

  it("still works where the provider refuses batches: it asks one by one from then on", async () => {
    const { client, seen } = await node(true);
    const rpc = createRpc(client, createStatusStore(), { sleep: async () => undefined });
    expect(await findDeployBlock(rpc, ADDRESS, 200_000)).toBe(1_000);
    expect(seen.batches).toBe(1);
    expect(rpc.batches()).toBe(false);
  });
});
