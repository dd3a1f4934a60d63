import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import { CHROMIUM_FLAGS } from "../test/support/browser";
import { resolveChromium } from "../test/support/chromium";
import type { measure } from "./decode-entry";

type Streams = Parameters<typeof measure>[0];

/** Decodes a synced history inside headless Chromium (the browser's main thread) and times it. */
export async function decodeInChromium(streams: Streams) {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL("./decode-entry.ts", import.meta.url)),
        formats: ["iife"],
        name: "PlenumDecode",
      },
    },
  });
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first && "output" in first ? first.output.find((o) => o.type === "chunk") : undefined;
  if (chunk?.type !== "chunk") throw new Error("bundle failed");
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ["--headless", ...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: chunk.code });
    // The first run is what a cold page pays (no JIT yet); the second, a page that decoded before.
    return await page.evaluate((s) => {
      const g = globalThis as unknown as { PlenumDecode: { measure: typeof measure } };
      return { cold: g.PlenumDecode.measure(s), warm: g.PlenumDecode.measure(s) };
    }, streams);
  } finally {
    await browser.close();
  }
}
