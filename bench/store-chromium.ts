import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import type { StreamSpec } from "../src/chain/sync/stream";
import { CHROMIUM_FLAGS } from "../test/support/browser";
import { resolveChromium } from "../test/support/chromium";
import { serveStatic } from "../test/support/static-server";
import type { measureWrites, syncInPage } from "./store-entry";

type Api = { measureWrites: typeof measureWrites; syncInPage: typeof syncInPage };

/** The store-entry bundle as one script. */
async function bundle() {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL("./store-entry.ts", import.meta.url)),
        formats: ["iife"],
        name: "PlenumStore",
      },
    },
  });
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first && "output" in first ? first.output.find((o) => o.type === "chunk") : undefined;
  if (chunk?.type !== "chunk") throw new Error("bundle failed");
  return chunk.code;
}

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
  const code = await bundle();
  // A real origin (IndexedDB is refused on about:blank), served from loopback like the proxy.
  const server = await serveStatic(".cache", "/bench-page/", {
    "index.html": "<!doctype html><title>bench</title>",
  });
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ["--headless", ...CHROMIUM_FLAGS],
  });
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
