import "fake-indexeddb/auto";
import { openDB } from "idb";
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdbStore } from "@/chain/store/idb-store";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { deployEmitter, emitBlock, mineEmpty, seedHistory } from "../chaos/emitter";
import { emitterStream, engineFor, fingerprint, truth } from "./sync-fixture";

/** The stored records' [from, to] blocks, in key order. */
async function recordSpans() {
  const raw = await openDB("idb-reorg");
  const keys = await raw.getAllKeys("chunks");
  raw.close();
  return keys.map((k) => {
    const [, from = -1, to = -1] = k as number[];
    return [from, to] as const;
  });
}

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let emitter: Address;

beforeAll(async () => {
  anvil = await startAnvil();
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 20, 3);
});
afterAll(async () => {
  await anvil?.stop();
});

describe("reorg over chunked IndexedDB records", () => {
  it("a deep reorg splits the record that held both sides of it; the cache then matches a clean sync", async () => {
    const stream = emitterStream(emitter);
    const store = await createIdbStore("idb-reorg");
    // A first sync leaves an anchor below the coming reorg; the next one's few logs join its record.
    await engineFor(anvil.url, store).engine.sync([stream]);
    const snapshot = await rpcCall<string>(anvil.url, "evm_snapshot");
    await emitBlock(anvil.url, emitter, 7, 111);
    const doomedBlock = Number(await rpcCall<string>(anvil.url, "eth_blockNumber"));
    await mineEmpty(anvil.url, 30);
    const first = await engineFor(anvil.url, store).engine.sync([stream]);
    const stale = fingerprint(first.streams[0]?.logs ?? []);
    const before = await recordSpans();
    expect(before).toHaveLength(1);
    expect(before[0]?.[0]).toBeLessThan(doomedBlock);
    expect(before[0]?.[1]).toBe(doomedBlock);

    await rpcCall(anvil.url, "evm_revert", [snapshot]);
    await mineEmpty(anvil.url, 3);
    await emitBlock(anvil.url, emitter, 3, 222);
    await mineEmpty(anvil.url, 40);
    const repaired = await engineFor(anvil.url, store).engine.sync([stream]);
    const expected = await truth(anvil.url, emitter);
    expect(fingerprint(repaired.streams[0]?.logs ?? [])).toEqual(expected);
    expect(expected.length).toBe(stale.length - 7 + 3);
    // What the store holds is exactly the finalized part of the new chain: no stale log survived the split.
    const finalized = repaired.streams[0]?.finalizedCount ?? 0;
    expect(fingerprint(await store.getLogs(stream.id))).toEqual(expected.slice(0, finalized));
    const doomed = stale.filter((f) => !expected.includes(f));
    expect(doomed).toHaveLength(7);
    expect(fingerprint(await store.getLogs(stream.id)).filter((f) => doomed.includes(f))).toEqual([]);
    // The split left the old part as its own record (ending below the reorg), or folded the new logs into it.
    const after = await recordSpans();
    expect(after.every(([from, to], i) => from <= to && (after[i - 1]?.[1] ?? -1) < from)).toBe(true);
  });
});
