import { type Address, createPublicClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { findDeployBlock } from "@/chain/sync/deploy-block";
import { createRpc } from "@/chain/sync/rpc";
import { createStatusStore } from "@/chain/sync/status";
import { defineStream } from "@/chain/sync/stream";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { deployEmitter, EMITTED_TOPIC, emitBlock, mineEmpty, seedHistory } from "../chaos/emitter";
import { emitterStream, engineFor, fingerprint, truth } from "./sync-fixture";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let proxy: ChaosProxy;
let emitter: Address;

beforeAll(async () => {
  anvil = await startAnvil();
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 20, 3);
  proxy = await startChaosProxy({ upstream: anvil.url, maxBlockRange: 200, maxResults: 100 });
});
afterAll(async () => {
  await proxy?.close();
  await anvil?.stop();
});

describe("incremental sync", () => {
  it("after new blocks fetches only the new range: head, anchor check, one getLogs", async () => {
    const { engine } = engineFor(proxy.url);
    const stream = emitterStream(emitter);
    await engine.sync([stream]);
    const before = await rpcCall<string>(anvil.url, "eth_blockNumber");
    await emitBlock(anvil.url, emitter, 5, 777);
    await mineEmpty(anvil.url, 60);
    proxy.resetStats();
    const result = await engine.sync([stream]);
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 2, eth_getLogs: 1 });
    expect(fingerprint(result.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
    expect(result.syncedTo).toBeGreaterThan(Number(before));
  });

  it("a repeat sync asks only for the head when no block came, the logs when one did, the anchor when several did", async () => {
    const { engine } = engineFor(proxy.url);
    const stream = emitterStream(emitter);
    await engine.sync([stream]);
    proxy.resetStats();
    await engine.sync([stream]);
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 1 });
    // One new block: its header names the last anchor as its parent, so no anchor read.
    await mineEmpty(anvil.url, 1);
    proxy.resetStats();
    await engine.sync([stream]);
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 1, eth_getLogs: 1 });
    await mineEmpty(anvil.url, 3);
    proxy.resetStats();
    const r = await engine.sync([stream]);
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 2, eth_getLogs: 1 });
    expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });

  it("streams whose filters merge exactly share each getLogs, and each still gets exactly its own logs", async () => {
    const second = await deployEmitter(anvil.url);
    await seedHistory(anvil.url, second, 5, 2);
    const { engine } = engineFor(proxy.url);
    const streams = [emitterStream(emitter), emitterStream(second)];
    // The first sync fetches each history from its own deployment; from then on both tails are the same blocks.
    await engine.sync(streams);
    await emitBlock(anvil.url, second, 2, 999);
    proxy.resetStats();
    const r = await engine.sync(streams);
    expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 1, eth_getLogs: 1 });
    expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
    expect(fingerprint(r.streams[1]?.logs ?? [])).toEqual(await truth(anvil.url, second));
  });

  it("keeps the persisted logs in memory between syncs: a head poll reads nothing back from the store", async () => {
    const store = createMemoryStore();
    let storeReads = 0;
    const counted = {
      ...store,
      getLogs: (...args: Parameters<typeof store.getLogs>) => {
        storeReads++;
        return store.getLogs(...args);
      },
    };
    const { engine } = engineFor(proxy.url, counted);
    const stream = emitterStream(emitter);
    await engine.sync([stream]);
    await emitBlock(anvil.url, emitter, 3, 888);
    await mineEmpty(anvil.url, 20);
    const polled = await engine.sync([stream]);
    expect(storeReads).toBe(0);
    expect(fingerprint(polled.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
    // Another engine over the same store (a second tab) starts without memory and reads the store once.
    const other = await engineFor(proxy.url, counted).engine.sync([stream]);
    expect(storeReads).toBe(1);
    expect(fingerprint(other.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });

  it("serves the cache at once, labelled with the block it covers", async () => {
    const { engine } = engineFor(proxy.url);
    const stream = emitterStream(emitter);
    expect((await engine.cached(stream)).coveredTo).toBeNull();
    const r = await engine.sync([stream]);
    const cached = await engine.cached(stream);
    expect(cached.coveredTo).toBe(r.finalized);
    expect(cached.logs.length).toBe(r.streams[0]?.finalizedCount);
  });
});

describe("deployment block", () => {
  it("is found by binary search on eth_getCode when the stream does not name it", async () => {
    const fresh = await startAnvil();
    try {
      await mineEmpty(fresh.url, 37);
      const late = await deployEmitter(fresh.url);
      const receiptBlock = Number(await rpcCall<string>(fresh.url, "eth_blockNumber"));
      await emitBlock(fresh.url, late, 2, 5);
      const client = createPublicClient({ transport: http(fresh.url) });
      const rpc = createRpc(client, createStatusStore());
      expect(await findDeployBlock(rpc, late, receiptBlock + 1)).toBe(receiptBlock);
    } finally {
      await fresh.stop();
    }
  });

  it("starts a stream of several contracts at the earliest one's deployment, whatever their order", async () => {
    const fresh = await startAnvil();
    try {
      await mineEmpty(fresh.url, 20);
      const token = await deployEmitter(fresh.url);
      const tokenBlock = Number(await rpcCall<string>(fresh.url, "eth_blockNumber"));
      await emitBlock(fresh.url, token, 3, 1); // e.g. the initial mint, before any governor exists
      await mineEmpty(fresh.url, 50);
      const governor = await deployEmitter(fresh.url);
      await emitBlock(fresh.url, governor, 2, 2);
      const stream = defineStream(31337, { address: [governor, token], topics: [EMITTED_TOPIC] });
      const { engine, store } = engineFor(fresh.url);
      const r = await engine.sync([stream]);
      expect((await store.getStream(stream.id))?.deployBlock).toBe(tokenBlock);
      expect(r.streams[0]?.logs.length).toBe(5);
      // A stream told to start with the later contract skips the earlier one's first logs.
      const late = { ...stream, id: `${stream.id}:late`, startsWith: [governor] };
      const r2 = await engineFor(fresh.url).engine.sync([late]);
      expect(r2.streams[0]?.logs.length).toBe(2);
    } finally {
      await fresh.stop();
    }
  });
});

describe("reorgs", () => {
  it("repairs a cache taken before a reorg deeper than the confirmation depth", async () => {
    const stream = emitterStream(emitter);
    const store = createMemoryStore();
    const snapshot = await rpcCall<string>(anvil.url, "evm_snapshot");
    await emitBlock(anvil.url, emitter, 7, 111);
    await mineEmpty(anvil.url, 30);
    const first = await engineFor(anvil.url, store).engine.sync([stream]);
    const staleCount = first.streams[0]?.logs.length ?? 0;

    await rpcCall(anvil.url, "evm_revert", [snapshot]);
    await mineEmpty(anvil.url, 3);
    await emitBlock(anvil.url, emitter, 3, 222);
    await mineEmpty(anvil.url, 40);
    const repaired = await engineFor(anvil.url, store).engine.sync([stream]);
    const expected = await truth(anvil.url, emitter);
    expect(fingerprint(repaired.streams[0]?.logs ?? [])).toEqual(expected);
    expect(expected.length).toBe(staleCount - 7 + 3);
    const fresh = await engineFor(anvil.url).engine.sync([stream]);
    expect(fingerprint(fresh.streams[0]?.logs ?? [])).toEqual(expected);
  });

  it("drops a reorged unfinalized tail without persisting it", async () => {
    const stream = emitterStream(emitter);
    const { engine, store } = engineFor(anvil.url);
    const snapshot = await rpcCall<string>(anvil.url, "evm_snapshot");
    await emitBlock(anvil.url, emitter, 2, 333);
    const r1 = await engine.sync([stream]);
    const tail = (r1.streams[0]?.logs.length ?? 0) - (r1.streams[0]?.finalizedCount ?? 0);
    expect(tail).toBe(2);
    expect((await store.getLogs(stream.id)).length).toBe(r1.streams[0]?.finalizedCount);
    await rpcCall(anvil.url, "evm_revert", [snapshot]);
    await mineEmpty(anvil.url, 2);
    const r2 = await engine.sync([stream]);
    expect(fingerprint(r2.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });
});
