import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  diffManifests,
  formatManifest,
  hashTree,
  MANIFEST_NAME,
  parseManifest,
  writeManifest,
} from "./build-manifest";

const dirs: string[] = [];
const tree = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), "plenum-manifest-"));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// sha256("") and sha256("abc"), as printed by `sha256sum`.
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

describe("build manifest", () => {
  it("hashes every file under the folder, sorted by path with / separators", () => {
    const dir = tree({ "index.html": "abc", "assets/b.js": "", "assets/a.js": "abc" });
    expect(hashTree(dir)).toEqual([
      { path: "assets/a.js", sha256: ABC },
      { path: "assets/b.js", sha256: EMPTY },
      { path: "index.html", sha256: ABC },
    ]);
  });

  it("writes sha256sum's format, leaves itself out, and reads back what it wrote", () => {
    const dir = tree({ "index.html": "abc" });
    const entries = writeManifest(dir);
    expect(formatManifest(entries)).toBe(`${ABC}  index.html\n`);
    expect(hashTree(dir).map((e) => e.path)).toEqual(["index.html"]);
    expect(parseManifest(formatManifest(entries))).toEqual(entries);
    expect(MANIFEST_NAME).toBe("manifest.sha256");
  });

  it("refuses a manifest line that is not a hash and a path", () => {
    expect(() => parseManifest(`${ABC} index.html\n`)).toThrow(/line 1/);
    expect(() => parseManifest("not a hash  index.html")).toThrow(/line 1/);
  });

  it("lists files missing on either side and files whose content differs", () => {
    const a = [
      { path: "a", sha256: ABC },
      { path: "b", sha256: ABC },
    ];
    const b = [
      { path: "b", sha256: EMPTY },
      { path: "c", sha256: ABC },
    ];
    expect(diffManifests(a, b)).toEqual(["only in the first: a", "differs: b", "only in the second: c"]);
    expect(diffManifests(a, a)).toEqual([]);
  });
});
