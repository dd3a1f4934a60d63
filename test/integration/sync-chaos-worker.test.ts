import { createPublicClient, http } from "viem";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { createLogsOffThread } from "@/chain/sync/logs-off-thread";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import { inProcessLogsWorker } from "../chaos/logs-worker";
import { chaosEmitterChain } from "./chaos-chain";
import { emitterStream, fingerprint, truth } from "./sync-fixture";

const chain = chaosEmitterChain(50);

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
      const expected = await truth(chain.anvil.url, chain.emitter);
      chain.proxy.configure({
        seed,
        rangeStyle,
        resultStyle,
        maxBlockRange: 200,
        maxResults: 40,
        faultRate: 0.2,
        latencyMs: 2,
      });
      chain.proxy.resetStats();
      const w = workerEngine(chain.proxy.url);
      const result = await w.engine.sync([emitterStream(chain.emitter)]);
      expect(fingerprint(result.streams[0]?.logs ?? [])).toEqual(expected);
      // The worker really carried the getLogs, and range errors and faults reached the engine's splitter and retries.
      expect(w.sent()).toBeGreaterThan(10);
      expect(chain.proxy.stats.limitErrors).toBeGreaterThan(0);
      expect(w.engine.status.get().rangeSplits).toBeGreaterThan(0);
      expect(w.engine.status.get().retries).toBeGreaterThan(0);
    },
  );

  it("asks again when a log comes back malformed, and stores the same cache as a clean sync on the page", async () => {
    chain.proxy.configure({ seed: 15, maxBlockRange: 150, maxResults: 1_000, faultRate: 0, malformLogs: 3 });
    chain.proxy.resetStats();
    const clean = createMemoryStore();
    await createSyncEngine({
      chainId: 31337,
      client: createPublicClient({ transport: http(chain.anvil.url) }),
      store: clean,
      finality: { kind: "depth", blocks: 5 },
    }).sync([emitterStream(chain.emitter)]);
    const w = workerEngine(chain.proxy.url);
    await w.engine.sync([emitterStream(chain.emitter)]);
    chain.proxy.configure({ malformLogs: 0 });
    expect(chain.proxy.stats.malformed).toBe(3);
    expect(w.engine.status.get().retries).toBe(3);
    const stored = async (s: typeof clean) =>
      (await s.exportAll()).logs.map((x) => JSON.stringify(x.log)).sort();
    expect(await stored(w.store)).toEqual(await stored(clean));
  });
});
