import {
  type Address,
  createPublicClient,
  type EIP1193Parameters,
  type Hex,
  http,
  type PublicRpcSchema,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { SyncStore } from "@/chain/store/types";
import { OFFERED_HEAD_MS, offerHead } from "@/chain/sync/offered-heads";
import type { RpcClient } from "@/chain/sync/rpc";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { deployEmitter, emitBlock, mineEmpty, seedHistory } from "../chaos/emitter";
import { emitterStream, fingerprint, truth } from "./sync-fixture";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let proxy: ChaosProxy;
let emitter: Address;

beforeAll(async () => {
  anvil = await startAnvil();
  proxy = await startChaosProxy({ upstream: anvil.url });
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 10, 3);
});
afterAll(async () => {
  await proxy?.close();
  await anvil?.stop();
});

/** A client that can send calls as one JSON-RPC batch, as the app's engine client does. */
function batchingClient(url: string): RpcClient {
  const single = createPublicClient({ transport: http(url, { retryCount: 0 }) });
  const batched = createPublicClient({ transport: http(url, { retryCount: 0, batch: true }) });
  return {
    request: single.request,
    requestBatch: (calls: readonly EIP1193Parameters<PublicRpcSchema>[]) =>
      Promise.allSettled(calls.map((c): Promise<unknown> => batched.request(c, { retryCount: 0 }))),
  };
}

const engineOver = (store: SyncStore) =>
  createSyncEngine({
    chainId: 31337,
    client: batchingClient(proxy.url),
    store,
    finality: { kind: "depth", blocks: 5 },
    rpc: { baseDelayMs: 5, maxDelayMs: 50 },
  });

describe("a reload's sync: the head first, with its reorg check in the same request", () => {
  it("asks the head and the last anchor in one batch, publishes the head before the logs, and ends as a clean run", async () => {
    const store = createMemoryStore();
    const stream = emitterStream(emitter);
    const first = await engineOver(store).sync([stream]);
    await emitBlock(anvil.url, emitter, 3, 911);
    await mineEmpty(anvil.url, 20); // the last anchor is neither the new head nor its parent
    const engine = engineOver(store);
    const order: string[] = [];
    proxy.resetStats();
    const head = engine.head([stream]).then((h) => {
      order.push("head");
      return h;
    });
    const committed = engine.committed([stream]).then((c) => {
      order.push("committed");
      return c;
    });
    const done = await engine.sync([stream]);
    expect(await committed).toBe(true);
    expect((await head).head).toEqual({ number: done.syncedTo, hash: done.head.hash });
    expect(order).toEqual(["head", "committed"]);
    // The head and the anchor (the first visit's head) in one HTTP request, then the one getLogs.
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 2, eth_getLogs: 1 });
    expect(proxy.stats.requests).toBe(2);
    expect(done.syncedTo).toBeGreaterThan(first.syncedTo + 1);
    expect(fingerprint(done.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });

  it("the logs since a block the stream kept as an anchor need no request of their own for that block", async () => {
    const store = createMemoryStore();
    const stream = emitterStream(emitter);
    const firstVisit = engineOver(store);
    const at = await firstVisit.sync([stream]); // the list is confirmed here
    await emitBlock(anvil.url, emitter, 2, 931);
    await firstVisit.sync([stream]); // a later poll of the same visit: the last anchor is now above `at`
    await emitBlock(anvil.url, emitter, 2, 932);
    await mineEmpty(anvil.url, 10);
    const engine = engineOver(store);
    proxy.resetStats();
    const [r] = await Promise.all([
      engine.since([stream], { number: at.syncedTo, hash: at.head.hash }),
      engine.sync([stream]),
    ]);
    if (!r.ok) throw new Error(`refused: ${r.reason}`);
    // The head and the last anchor (one batch), the getLogs; no header at the confirmed block.
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 2, eth_getLogs: 1 });
    const all = await truth(anvil.url, emitter);
    const above = all.filter((f) => Number(f.split(":")[0]) > at.syncedTo);
    expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(above);
  });

  it("a first sync starts from a head the DAO's discovery read a moment ago, and not from a stale one", async () => {
    const stream = emitterStream(emitter);
    const latest = await rpcCall<{ number: Hex; hash: Hex; parentHash: Hex }>(
      anvil.url,
      "eth_getBlockByNumber",
      ["latest", false],
    );
    const seen = {
      number: Number(latest.number),
      hash: latest.hash,
      parentHash: latest.parentHash,
      finalized: null,
    };
    offerHead(31337, seen);
    proxy.resetStats();
    const done = await engineOver(createMemoryStore()).sync([stream]);
    // No header read: the offered head's number and hash are the run's, its logs the chain's up to it.
    expect(proxy.stats.byMethod.eth_getBlockByNumber ?? 0).toBe(0);
    expect(done.head).toEqual({ number: seen.number, hash: seen.hash });
    expect(fingerprint(done.streams[0]?.logs ?? [])).toEqual(
      (await truth(anvil.url, emitter)).filter((f) => Number(f.split(":")[0]) <= seen.number),
    );

    await mineEmpty(anvil.url, 3);
    offerHead(31337, seen, Date.now() - OFFERED_HEAD_MS - 1);
    proxy.resetStats();
    const later = await engineOver(createMemoryStore()).sync([stream]);
    expect(proxy.stats.byMethod.eth_getBlockByNumber).toBe(1); // too old: the run read its own head
    expect(later.syncedTo).toBe(seen.number + 3);
  });

  it("a poll does not ask its own last head in advance (the new head vouches for it)", async () => {
    const store = createMemoryStore();
    const stream = emitterStream(emitter);
    const engine = engineOver(store);
    await engine.sync([stream]);
    proxy.resetStats();
    await engine.sync([stream]); // an idle chain: the same head
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 1 });
  });

  it("a reorg below the anchor, seen in that batch, rewinds and ends identical to the chain", async () => {
    const store = createMemoryStore();
    const stream = emitterStream(emitter);
    const before = await rpcCall<string>(anvil.url, "evm_snapshot");
    await emitBlock(anvil.url, emitter, 2, 921);
    await mineEmpty(anvil.url, 8);
    await engineOver(store).sync([stream]); // its anchor is on a branch about to vanish
    await rpcCall(anvil.url, "evm_revert", [before]);
    await emitBlock(anvil.url, emitter, 3, 922);
    await mineEmpty(anvil.url, 15);
    const engine = engineOver(store);
    const since = engine.head([stream]);
    const done = await engine.sync([stream]);
    expect((await since).head.number).toBe(done.syncedTo);
    expect(fingerprint(done.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });

  it("a run that fails before its head rejects the head and says it did not commit", async () => {
    const store = createMemoryStore();
    const stream = emitterStream(emitter);
    const engine = createSyncEngine({
      chainId: 31337,
      client: { request: () => Promise.reject(new Error("execution reverted: no")) },
      store,
      finality: { kind: "depth", blocks: 5 },
      rpc: { maxAttempts: 1 },
    });
    const head = engine.head([stream]);
    const committed = engine.committed([stream]);
    await expect(engine.sync([stream])).rejects.toThrow();
    await expect(head).rejects.toThrow();
    expect(await committed).toBe(false);
  });
});
