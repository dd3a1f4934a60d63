import type { Page } from "playwright-core";
import { serveStatic } from "../test/support/static-server";
import { launchBenchChromium } from "./bundle-entry";
import { bundleModule } from "./mainthread-bundle";

/**
 * Bundles a bench entry, serves it (with `extra` files) from a real origin (IndexedDB is refused on
 * about:blank) at the root its worker URLs expect, opens it in headless Chromium with the entry's exports on
 * `globalThis[name]`, runs `work` on the page and closes everything.
 */
export async function withEntryPage<T>(
  file: string,
  name: string,
  extra: Record<string, string>,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const files = await bundleModule(file);
  const server = await serveStatic(".cache/none", "/", {
    ...files,
    ...extra,
    "index.html": "<!doctype html><title>bench</title>",
  });
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.evaluate(async (n) => {
      (globalThis as unknown as Record<string, unknown>)[n] = await import(
        /* @vite-ignore */ `${location.origin}/entry.js`
      );
    }, name);
    return await work(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
