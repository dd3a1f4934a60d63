import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { SyncStore } from "@/chain/store/types";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { deployEmitter, emitBlock, mineEmpty, seedHistory } from "../chaos/emitter";
import { emitterStream, engineFor, fingerprint, truth } from "./sync-fixture";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let emitter: Address;

beforeAll(async () => {
  anvil = await startAnvil();
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 12, 5);
});
afterAll(async () => {
  await anvil?.stop();
});

/** A store that notes every getLogs range asked of it. */
function watched(store: SyncStore) {
  const reads: [number, number][] = [];
  const s: SyncStore = {
    ...store,
    getLogs: (id, from = 0, to = Number.MAX_SAFE_INTEGER) => {
      reads.push([from, to]);
      return store.getLogs(id, from, to);
    },
  };
  return { store: s, reads };
}

/** A first visit: a full sync; returns its head (the block a list would be confirmed at) and the store. */
async function firstVisit() {
  const base = createMemoryStore();
  const { engine } = engineFor(anvil.url, base);
  const r = await engine.sync([emitterStream(emitter)]);
  return { base, at: { number: r.syncedTo, hash: r.head.hash } };
}

const above = (all: string[], block: number) => all.filter((f) => Number(f.split(":")[0]) > block);

describe("the logs since a confirmed block (a reload)", () => {
  it("come from the reload's own sync, before the whole stream is read back, and equal the chain's", async () => {
    const { base, at } = await firstVisit();
    await emitBlock(anvil.url, emitter, 4, 901);
    await mineEmpty(anvil.url, 3);
    await emitBlock(anvil.url, emitter, 2, 902);
    await mineEmpty(anvil.url, 10); // the first new logs are finalized now: they come from the store
    // A reload: a new engine (no memory) over the same store.
    const { store, reads } = watched(base);
    const { engine } = engineFor(anvil.url, store);
    const stream = emitterStream(emitter);
    const since = engine.since([stream], at);
    const full = engine.sync([stream]);
    const r = await since;
    if (!r.ok) throw new Error(`refused: ${r.reason}`);
    // The store's first read is the range above the confirmed block, not the whole stream.
    expect(reads[0]?.[0]).toBe(at.number + 1);
    const all = await truth(anvil.url, emitter);
    expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(above(all, at.number));
    const done = await full;
    expect(r.syncedTo).toBe(done.syncedTo);
    expect(fingerprint(done.streams[0]?.logs ?? [])).toEqual(all);
  });

  it("asked after the sync, are the last sync's; asked at the head itself, none", async () => {
    const { base } = await firstVisit();
    const { engine } = engineFor(anvil.url, base);
    const stream = emitterStream(emitter);
    const done = await engine.sync([stream]);
    const r = await engine.since([stream], { number: done.syncedTo, hash: done.head.hash });
    expect(r).toMatchObject({ ok: true, syncedTo: done.syncedTo });
    expect(r.ok && r.streams[0]?.logs).toEqual([]);
  });

  it("another tab's later sync into the same store still gives exactly the logs since", async () => {
    const { base, at } = await firstVisit();
    await emitBlock(anvil.url, emitter, 3, 903);
    await mineEmpty(anvil.url, 8);
    // The other tab syncs first; this tab's engine then syncs over a store it did not write.
    await engineFor(anvil.url, base).engine.sync([emitterStream(emitter)]);
    await emitBlock(anvil.url, emitter, 2, 904);
    const { engine } = engineFor(anvil.url, base);
    const stream = emitterStream(emitter);
    const [r] = await Promise.all([engine.since([stream], at), engine.sync([stream])]);
    if (!r.ok) throw new Error(`refused: ${r.reason}`);
    expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(above(await truth(anvil.url, emitter), at.number));
  });

  it("are refused after a reorg below the confirmed block", async () => {
    const before = await rpcCall<string>(anvil.url, "evm_snapshot");
    await emitBlock(anvil.url, emitter, 2, 906);
    await mineEmpty(anvil.url, 2);
    const { base, at } = await firstVisit();
    await rpcCall(anvil.url, "evm_revert", [before]);
    // Another branch, longer than the old one: the confirmed block's hash is no longer on the chain.
    await emitBlock(anvil.url, emitter, 2, 905);
    await mineEmpty(anvil.url, 12);
    const { engine } = engineFor(anvil.url, base);
    const stream = emitterStream(emitter);
    const [r] = await Promise.all([engine.since([stream], at), engine.sync([stream])]);
    expect(r).toEqual({ ok: false, reason: "reorg" });
  });

  it("are refused over a cleared store (nothing to go on from), and above the head", async () => {
    const { base, at } = await firstVisit();
    await base.clear();
    const { engine } = engineFor(anvil.url, base);
    const stream = emitterStream(emitter);
    const [r] = await Promise.all([engine.since([stream], at), engine.sync([stream])]);
    expect(r).toEqual({ ok: false, reason: "no-history" });
    const ahead = await engine.since([stream], { number: at.number + 10_000, hash: at.hash });
    expect(ahead).toEqual({ ok: false, reason: "ahead" });
  });
});
