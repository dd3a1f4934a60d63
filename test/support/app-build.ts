import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const cacheDir = join(root, ".cache", "e2e-build");
const INPUTS = ["src", "public", "index.html", "vite.config.ts", "tsconfig.json", "package-lock.json"];

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry.endsWith(".test.ts") || entry.endsWith(".test.tsx")) continue;
    yield* files(join(path, entry));
  }
}

/** A hash of everything that goes into the build, so unchanged sources reuse the last build. */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) {
      hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Builds the app with Vite's JS API into .cache/e2e-build/<source hash>/ and returns the folder.
 * Each e2e file runs in its own module context, so the disk cache is what makes it build once.
 */
export async function buildApp(): Promise<string> {
  const outDir = join(cacheDir, sourceHash());
  if (existsSync(join(outDir, "index.html"))) return outDir;
  mkdirSync(cacheDir, { recursive: true });
  for (const old of readdirSync(cacheDir)) {
    if (!old.includes(".tmp-")) rmSync(join(cacheDir, old), { recursive: true, force: true });
  }
  const tmp = `${outDir}.tmp-${process.pid}`;
  const { build } = await import("vite");
  const started = performance.now();
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: tmp, emptyOutDir: true, reportCompressedSize: false },
  });
  renameSync(tmp, outDir);
  console.log(`[e2e] built the app in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}
