import { type Address, createPublicClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { createLogsOffThread } from "@/chain/sync/logs-off-thread";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import { startAnvil } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { deployEmitter, seedHistory } from "../chaos/emitter";
import { inProcessLogsWorker } from "../chaos/logs-worker";
import { emitterStream, fingerprint, truth } from "./sync-fixture";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let proxy: ChaosProxy;
let emitter: Address;

beforeAll(async () => {
  anvil = await startAnvil();
  emitter = await deployEmitter(anvil.url);
  await seedHistory(anvil.url, emitter, 50);
  proxy = await startChaosProxy({ upstream: anvil.url });
});
afterAll(async () => {
  await proxy?.close();
  await anvil?.stop();
});

/** The engine as the app builds it in a browser: getLogs through the logs worker (here in process). */
function workerEngine(url: string) {
  let sent = 0;
  const worker = inProcessLogsWorker((input, init) => {
    sent++;
    return fetch(input, init);
  });
  const client = {
    ...createPublicClient({ transport: http(url, { retryCount: 0 }) }),
    logsOffThread: createLogsOffThread(url, 10_000, () => worker),
  };
  const store = createMemoryStore();
  const engine = createSyncEngine({
    chainId: 31337,
    client,
    store,
    finality: { kind: "depth", blocks: 5 },
    concurrency: 4,
    rpc: { baseDelayMs: 5, maxDelayMs: 50 },
  });
  return { engine, store, sent: () => sent };
}

describe("sync with getLogs through the logs worker, through a hostile RPC", () => {
  it.each([
    [11, "cloudflare", "infura"],
    [12, "alchemy", "alchemy"],
  ] as const)(
    "seed %i (%s range errors, %s result errors) ends identical to the chain",
    async (seed, rangeStyle, resultStyle) => {
      const expected = await truth(anvil.url, emitter);
      proxy.configure({
        seed,
        rangeStyle,
        resultStyle,
        maxBlockRange: 200,
        maxResults: 40,
        faultRate: 0.2,
        latencyMs: 2,
      });
      proxy.resetStats();
      const w = workerEngine(proxy.url);
      const result = await w.engine.sync([emitterStream(emitter)]);
      expect(fingerprint(result.streams[0]?.logs ?? [])).toEqual(expected);
      // The worker really carried the getLogs, and range errors and faults reached the engine's splitter and retries.
      expect(w.sent()).toBeGreaterThan(10);
      expect(proxy.stats.limitErrors).toBeGreaterThan(0);
      expect(w.engine.status.get().rangeSplits).toBeGreaterThan(0);
      expect(w.engine.status.get().retries).toBeGreaterThan(0);
    },
  );

  it("asks again when a log comes back malformed, and stores the same cache as a clean sync on the page", async () => {
    proxy.configure({ seed: 15, maxBlockRange: 150, maxResults: 1_000, faultRate: 0, malformLogs: 3 });
    proxy.resetStats();
    const clean = createMemoryStore();
    await createSyncEngine({
      chainId: 31337,
      client: createPublicClient({ transport: http(anvil.url) }),
      store: clean,
      finality: { kind: "depth", blocks: 5 },
    }).sync([emitterStream(emitter)]);
    const w = workerEngine(proxy.url);
    await w.engine.sync([emitterStream(emitter)]);
    proxy.configure({ malformLogs: 0 });
    expect(proxy.stats.malformed).toBe(3);
    expect(w.engine.status.get().retries).toBe(3);
    const stored = async (s: typeof clean) =>
      (await s.exportAll()).logs.map((x) => JSON.stringify(x.log)).sort();
    expect(await stored(w.store)).toEqual(await stored(clean));
  });
});
