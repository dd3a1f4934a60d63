import type { StreamSpec } from "../src/chain/sync/stream";
import { serveStatic } from "../test/support/static-server";
import { bundleEntry, launchBenchChromium } from "./bundle-entry";
import type { measureWrites, syncInPage } from "./store-entry";

type Api = { measureWrites: typeof measureWrites; syncInPage: typeof syncInPage };

/**
 * In headless Chromium: a cold engine sync into IndexedDB through the proxy (its longest main-thread task, and
 * the JS heap after it, garbage collected, the synced logs still held), then the same logs written in the
 * sync's ranges by the old per-log writer and by the chunked store, and decode + store throughput.
 */
export async function storeInChromium(
  rpcUrl: string,
  streams: StreamSpec[],
  concurrency: number,
  span: number,
) {
  const code = await bundleEntry("store-entry.ts", "PlenumStore");
  // A real origin (IndexedDB is refused on about:blank), served from loopback like the proxy.
  const server = await serveStatic(".cache", "/bench-page/", {
    "index.html": "<!doctype html><title>bench</title>",
  });
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.addScriptTag({ content: code });
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
  } finally {
    await browser.close();
    await server.close();
  }
}
