import { bundleEntry, launchBenchChromium } from "./bundle-entry";
import type { measure } from "./decode-entry";

type Streams = Parameters<typeof measure>[0];

/** Decodes a synced history inside headless Chromium (the browser's main thread) and times it. */
export async function decodeInChromium(streams: Streams) {
  const code = await bundleEntry("decode-entry.ts", "PlenumDecode");
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    // The first run is what a cold page pays (no JIT yet); the second, a page that decoded before.
    return await page.evaluate((s) => {
      const g = globalThis as unknown as { PlenumDecode: { measure: typeof measure } };
      return { cold: g.PlenumDecode.measure(s), warm: g.PlenumDecode.measure(s) };
    }, streams);
  } finally {
    await browser.close();
  }
}
