import type { StreamSpec } from "../src/chain/sync/stream";
import { withEntryPage } from "./entry-page";
import type { measureWrites, syncInPage } from "./store-entry";

type Api = { measureWrites: typeof measureWrites; syncInPage: typeof syncInPage };

/**
 * In headless Chromium: a cold engine sync into IndexedDB through the proxy (its longest main-thread task, and
 * the JS heap after it, garbage collected, the synced logs still held), then the same logs written in the
 * sync's ranges by the old per-log writer and by the chunked store, and decode + store throughput. The entry
 * is an ES module with its workers (the engine's client sends getLogs through the logs worker, as the app's).
 */
export async function storeInChromium(
  rpcUrl: string,
  streams: StreamSpec[],
  concurrency: number,
  span: number,
) {
  return withEntryPage("store-entry.ts", "PlenumStore", {}, async (page) => {
    const sync = await page.evaluate(
      ([url, s, c]) => (globalThis as unknown as { PlenumStore: Api }).PlenumStore.syncInPage(url, s, c),
      [rpcUrl, streams, concurrency] as const,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const writes = await page.evaluate(
      (n) => (globalThis as unknown as { PlenumStore: Api }).PlenumStore.measureWrites(n),
      span,
    );
    return { sync, heapMb: heap.usedSize / 2 ** 20, writes };
  });
}
