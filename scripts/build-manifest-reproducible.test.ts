import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffManifests, hashTree, MANIFEST_NAME, parseManifest } from "./build-manifest";

const root = join(import.meta.dirname, "..");
// What the build reads; a copy of these at another path stands in for another machine's checkout.
const INPUTS = ["src", "public", "scripts", "index.html", "vite.config.ts", "tsconfig.json", "package.json"];
const scratch = mkdtempSync(join(tmpdir(), "plenum-repro-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function buildFrom(projectRoot: string, outDir: string) {
  const { build } = await import("vite");
  await build({
    root: projectRoot,
    configFile: join(projectRoot, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
}

describe("reproducible build", () => {
  it("gives identical files, byte for byte, from two clean builds at different paths", async () => {
    const copy = join(scratch, "checkout");
    for (const input of INPUTS) cpSync(join(root, input), join(copy, input), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
    const first = join(scratch, "dist-a");
    const second = join(scratch, "dist-b");
    await buildFrom(root, first);
    await buildFrom(copy, second);

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
