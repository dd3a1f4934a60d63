import type { measureFetched } from "./decode-entry";
import { withEntryPage } from "./entry-page";

type Streams = { logs: unknown[]; finalizedCount: number }[];
type Api = { PlenumDecode: { measureFetched: typeof measureFetched } };

/** Decodes a synced history inside headless Chromium (the browser's main thread) and times it. The history
 * is served as a file the page fetches: passed as an evaluate argument, 263,000 logs (scale 10, about 190 MB
 * of JSON before Playwright's own encoding) closed the page ("Target page, context or browser has been
 * closed"), while 26,300 went through. */
export async function decodeInChromium(streams: Streams) {
  const files = { "streams.json": JSON.stringify(streams) };
  return withEntryPage("decode-entry.ts", "PlenumDecode", files, (page) =>
    // The first run is what a cold page pays (no JIT yet); the second, a page that decoded before.
    page.evaluate(() => (globalThis as unknown as Api).PlenumDecode.measureFetched("streams.json")),
  );
}
