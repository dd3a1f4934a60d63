import { fileURLToPath } from "node:url";
import { build } from "vite";

/** Bundles a bench entry beside this file as an ES module with its Web Workers (the app's own worker URLs
 * resolve against the module's), unminified so a CPU profile names the functions. Returns every output file
 * by its path from the site root, the entry as `entry.js`. */
export async function bundleModule(file: string): Promise<Record<string, string>> {
  const out = await build({
    configFile: false,
    // The sync engine reaches React through @/lib/perf-mark; React reads process.env.NODE_ENV, absent in a page.
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    logLevel: "silent",
    resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
    worker: { format: "es" },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL(`./${file}`, import.meta.url)),
        formats: ["es"],
        fileName: () => "entry.js",
      },
    },
  });
  const first = Array.isArray(out) ? out[0] : out;
  if (!first || !("output" in first)) throw new Error(`bundling ${file} failed`);
  const files: Record<string, string> = {};
  for (const o of first.output) files[o.fileName] = o.type === "chunk" ? o.code : String(o.source);
  return files;
}
