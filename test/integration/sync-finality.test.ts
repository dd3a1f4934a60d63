import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { deployEmitter, emitBlock, mineEmpty, seedHistory } from "../chaos/emitter";
import { emitterStream, engineFor, fingerprint, truth } from "./sync-fixture";

// anvil answers the `finalized` tag with head - 64 (two epochs of 32 slots), like a proof-of-stake chain.
const ANVIL_FINALITY_LAG = 64;
const TAG = { kind: "tag", fallbackDepth: 5 } as const;

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let proxy: ChaosProxy;
let emitter: Address;
const head = async () => Number(await rpcCall<string>(anvil.url, "eth_blockNumber"));

beforeAll(async () => {
  anvil = await startAnvil(["--hardfork", "cancun"]);
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 12, 5);
  proxy = await startChaosProxy({ upstream: anvil.url, maxBlockRange: 150, maxResults: 60 });
});
afterAll(async () => {
  await proxy?.close();
  await anvil?.stop();
});

describe("finality from the chain's `finalized` tag", () => {
  it("persists only logs at or below the tagged block and returns the tail above it unpersisted", async () => {
    await emitBlock(anvil.url, emitter, 4, 901);
    await mineEmpty(anvil.url, 10);
    const stream = emitterStream(emitter);
    const store = createMemoryStore();
    const r = await engineFor(proxy.url, store, TAG).engine.sync([stream]);

    expect(r.finalized).toBe(r.syncedTo - ANVIL_FINALITY_LAG);
    const logs = r.streams[0]?.logs ?? [];
    expect(fingerprint(logs)).toEqual(await truth(anvil.url, emitter));
    const persisted = await store.getLogs(stream.id);
    expect(persisted.length).toBe(r.streams[0]?.finalizedCount);
    expect(persisted.every((l) => l.blockNumber <= r.finalized)).toBe(true);
    // The burst 10 blocks below the head is above the tag, so it is returned but not persisted.
    expect(logs.length - persisted.length).toBeGreaterThanOrEqual(4);
    expect((await store.getStream(stream.id))?.covered.at(-1)?.[1]).toBe(r.finalized);
  });

  it("moves the finalized line forward on the next sync and persists what crossed it", async () => {
    const stream = emitterStream(emitter);
    const store = createMemoryStore();
    const { engine } = engineFor(proxy.url, store, TAG);
    const first = await engine.sync([stream]);
    await mineEmpty(anvil.url, ANVIL_FINALITY_LAG);
    const second = await engine.sync([stream]);
    expect(second.finalized).toBe(first.finalized + ANVIL_FINALITY_LAG);
    expect(second.finalized).toBe((await head()) - ANVIL_FINALITY_LAG);
    expect((await store.getLogs(stream.id)).length).toBe(second.streams[0]?.finalizedCount);
    expect(second.streams[0]?.finalizedCount).toBeGreaterThan(first.streams[0]?.finalizedCount ?? 0);
    expect(fingerprint(second.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });

  it("falls back to the confirmation depth on a chain without the tag", async () => {
    proxy.configure({ finalityTags: false });
    try {
      const stream = emitterStream(emitter);
      const r = await engineFor(proxy.url, createMemoryStore(), TAG).engine.sync([stream]);
      expect(r.finalized).toBe(r.syncedTo - TAG.fallbackDepth);
      expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
    } finally {
      proxy.configure({ finalityTags: true });
    }
  });
});
