import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import { CHROMIUM_FLAGS } from "../test/support/browser";
import { resolveChromium } from "../test/support/chromium";

/** Bundles a bench entry (a file beside this one) into one IIFE script exposing `name` on globalThis. */
export async function bundleEntry(file: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    // The sync engine reaches React through @/lib/perf-mark; React reads process.env.NODE_ENV, absent in a page.
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    logLevel: "silent",
    resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL(`./${file}`, import.meta.url)), formats: ["iife"], name },
    },
  });
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first && "output" in first ? first.output.find((o) => o.type === "chunk") : undefined;
  if (chunk?.type !== "chunk") throw new Error(`bundling ${file} failed`);
  return chunk.code;
}

/** Headless Chromium with the test suite's flags (the caller closes it). */
export const launchBenchChromium = () =>
  chromium.launch({ executablePath: resolveChromium(), args: ["--headless", ...CHROMIUM_FLAGS] });
