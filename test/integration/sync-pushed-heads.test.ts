import { type Address, createPublicClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { deployEmitter, emitBlock, mineEmpty, seedHistory } from "../chaos/emitter";
import { watchAnvilHeads } from "../chaos/pushed-heads";
import { emitterStream, fingerprint, truth } from "./sync-fixture";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let proxy: ChaosProxy;
let emitter: Address;
let heads: Awaited<ReturnType<typeof watchAnvilHeads>>;

const head = async () => Number(await rpcCall<string>(anvil.url, "eth_blockNumber"));
const engine = () =>
  createSyncEngine({
    chainId: 31337,
    client: createPublicClient({ transport: http(proxy.url, { retryCount: 0 }) }),
    store: createMemoryStore(),
    finality: { kind: "depth", blocks: 5 },
    heads: heads.feed,
  });

beforeAll(async () => {
  anvil = await startAnvil(["--hardfork", "cancun"]);
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 10, 3);
  proxy = await startChaosProxy({ upstream: anvil.url, maxBlockRange: 200, maxResults: 100 });
  // Heads come straight from anvil's WebSocket; every request of the sync goes through the proxy.
  heads = await watchAnvilHeads(anvil.url);
});
afterAll(async () => {
  await heads?.close();
  await proxy?.close();
  await anvil?.stop();
});

describe("sync with pushed heads (WebSocket newHeads)", () => {
  it("after new blocks needs one request, its getLogs: the head and the reorg anchor come from the feed", async () => {
    const e = engine();
    const stream = emitterStream(emitter);
    await mineEmpty(anvil.url, 1);
    await heads.caughtUp();
    await e.sync([stream]);
    await emitBlock(anvil.url, emitter, 4, 4242);
    await mineEmpty(anvil.url, 30);
    await heads.caughtUp();
    proxy.resetStats();
    const r = await e.sync([stream]);
    expect(proxy.stats.byMethod).toEqual({ eth_getLogs: 1 });
    expect(r.syncedTo).toBe(await head());
    expect(fingerprint(r.streams[0]?.logs ?? [])).toEqual(await truth(anvil.url, emitter));
  });

  it("still repairs a reorg: the feed's new branch no longer vouches for the stored anchor", async () => {
    const e = engine();
    const stream = emitterStream(emitter);
    const snapshot = await rpcCall<string>(anvil.url, "evm_snapshot");
    await emitBlock(anvil.url, emitter, 6, 5151);
    await mineEmpty(anvil.url, 20);
    await heads.caughtUp();
    const before = await e.sync([stream]);
    await rpcCall(anvil.url, "evm_revert", [snapshot]);
    await emitBlock(anvil.url, emitter, 2, 6161);
    await mineEmpty(anvil.url, 30);
    await heads.caughtUp();
    const after = await e.sync([stream]);
    const expected = await truth(anvil.url, emitter);
    expect(fingerprint(after.streams[0]?.logs ?? [])).toEqual(expected);
    expect(expected.length).toBe((before.streams[0]?.logs.length ?? 0) - 6 + 2);
  });
});
