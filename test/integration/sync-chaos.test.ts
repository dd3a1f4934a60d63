import { describe, expect, it } from "vitest";
import type { StoredLog } from "@/chain/store/types";
import type { RangeStyle, ResultStyle } from "../chaos/provider-errors";
import { chaosEmitterChain } from "./chaos-chain";
import { emitterStream, engineFor, fingerprint, truth } from "./sync-fixture";

const chain = chaosEmitterChain(50);

const patterns: [number, RangeStyle, ResultStyle][] = [
  [1, "cloudflare", "infura"],
  [2, "alchemy", "alchemy"],
  [3, "plain", "plain"],
  [4, "cloudflare", "plain"],
];

describe("sync through a hostile RPC", () => {
  it.each(patterns)(
    "seed %i (%s range errors, %s result errors) ends identical to the chain",
    async (seed, rangeStyle, resultStyle) => {
      const expected = await truth(chain.anvil.url, chain.emitter);
      expect(expected.length).toBeGreaterThan(400);
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
      const { engine } = engineFor(chain.proxy.url);
      const result = await engine.sync([emitterStream(chain.emitter)]);
      const logs = result.streams[0]?.logs ?? [];
      expect(fingerprint(logs)).toEqual(expected);
      expect(new Set(fingerprint(logs)).size).toBe(logs.length);
      // The pattern really was hostile: faults and limit errors were served and survived.
      expect(chain.proxy.stats.faults).toBeGreaterThan(0);
      expect(chain.proxy.stats.limitErrors).toBeGreaterThan(0);
      expect(engine.status.get().retries).toBeGreaterThan(0);
    },
  );

  it("asks again when a log comes back malformed, and stores the same cache as a clean run", async () => {
    chain.proxy.configure({ seed: 5, maxBlockRange: 150, maxResults: 1_000, faultRate: 0, malformLogs: 3 });
    chain.proxy.resetStats();
    const clean = engineFor(chain.anvil.url);
    const lied = engineFor(chain.proxy.url);
    const a = await clean.engine.sync([emitterStream(chain.emitter)]);
    const b = await lied.engine.sync([emitterStream(chain.emitter)]);
    chain.proxy.configure({ malformLogs: 0 });
    expect(chain.proxy.stats.malformed).toBe(3);
    expect(lied.engine.status.get().retries).toBe(3);
    expect(fingerprint(b.streams[0]?.logs ?? [])).toEqual(fingerprint(a.streams[0]?.logs ?? []));
    const stored = async (s: typeof clean.store) =>
      (await s.exportAll()).logs.map((x) => JSON.stringify(x.log)).sort();
    expect(await stored(lied.store)).toEqual(await stored(clean.store));
  });

  it("hands out each finalized chunk as it arrives: the result holds exactly those log objects, in order", async () => {
    chain.proxy.configure({ seed: 7, maxBlockRange: 120, maxResults: 25, faultRate: 0.2 });
    const chunks: StoredLog[][] = [];
    const { engine } = engineFor(chain.proxy.url, undefined, undefined, (id, logs) => {
      expect(id).toBe(emitterStream(chain.emitter).id);
      chunks.push([...logs]);
    });
    const result = await engine.sync([emitterStream(chain.emitter)]);
    const s = result.streams[0];
    const finalized = s?.logs.slice(0, s.finalizedCount) ?? [];
    expect(chunks.length).toBeGreaterThan(3);
    expect(finalized.length).toBeGreaterThan(400);
    // Chunks arrive out of order (4 requests at a time): in chain order, they are the finalized logs themselves.
    chunks.sort((a, b) => (a[0]?.blockNumber ?? 0) - (b[0]?.blockNumber ?? 0));
    const joined = chunks.flat();
    expect(joined.length).toBe(finalized.length);
    expect(joined.every((l, i) => l === finalized[i])).toBe(true);
  });

  it("a clean sync and a chaotic one store the same cache", async () => {
    chain.proxy.configure({ seed: 9, maxBlockRange: 150, maxResults: 30, faultRate: 0.2 });
    const clean = engineFor(chain.anvil.url);
    const chaotic = engineFor(chain.proxy.url);
    await clean.engine.sync([emitterStream(chain.emitter)]);
    await chaotic.engine.sync([emitterStream(chain.emitter)]);
    const a = await clean.store.exportAll();
    const b = await chaotic.store.exportAll();
    const key = (d: typeof a) => d.logs.map((x) => `${x.log.blockNumber}:${x.log.logIndex}`).sort();
    expect(key(b)).toEqual(key(a));
  });
});
