import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffManifests, hashTree, MANIFEST_NAME, parseManifest } from "./build-manifest";

const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "plenum-repro-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function buildInto(outDir: string) {
  const { build } = await import("vite");
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
}

// Two full builds (about 15 s each on 2 cores). Both from this checkout: the bundler orders modules by absolute
// path, so a copy whose node_modules sits elsewhere relative to src/ differs (docs/security.md says how to
// compare checkouts).
describe("reproducible build", () => {
  it("gives identical files, byte for byte, from two clean builds", async () => {
    const first = join(scratch, "dist-a");
    const second = join(scratch, "dist-b");
    await buildInto(first);
    await buildInto(second);

    const a = hashTree(first);
    expect(a.length).toBeGreaterThan(10);
    expect(diffManifests(a, hashTree(second))).toEqual([]);
    // Each build lists itself in manifest.sha256, and the list is what is on disk.
    expect(parseManifest(readFileSync(join(first, MANIFEST_NAME), "utf8"))).toEqual(a);

    const html = readFileSync(join(first, "index.html"), "utf8");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/,
    );
    // Every script is a file of the build: none inline, none from another origin.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = "", body = ""] of scripts) {
      expect(body.trim()).toBe("");
      expect(attrs).toMatch(/src="\.\/[^"]+"/);
    }
  }, 240_000);
});
