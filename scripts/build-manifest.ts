import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** The manifest's file name inside the build folder (it lists every other file). */
export const MANIFEST_NAME = "manifest.sha256";

/** One file of a build: its path relative to the build folder (with `/`) and its SHA-256 in hex. */
export type ManifestEntry = { path: string; sha256: string };

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** SHA-256 of every file under `dir` except the manifest itself, sorted by path. */
export function hashTree(dir: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  for (const file of walk(dir)) {
    const path = relative(dir, file).split(sep).join("/");
    if (path === MANIFEST_NAME) continue;
    entries.push({ path, sha256: createHash("sha256").update(readFileSync(file)).digest("hex") });
  }
  // Code-unit order, not locale order, so every machine sorts the same way.
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `sha256sum` format (`<hex>  <path>` lines), so `sha256sum -c manifest.sha256` checks a copy. */
export function formatManifest(entries: ManifestEntry[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join("");
}

/** Parses a manifest written by formatManifest; throws on a line that is not `<64 hex>  <path>`. */
export function parseManifest(text: string): ManifestEntry[] {
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!m?.[1] || !m[2]) throw new Error(`${MANIFEST_NAME} line ${i + 1} is not "<sha256>  <path>"`);
      return { sha256: m[1], path: m[2] };
    });
}

/** Differences between two manifests: paths only in one, and paths whose hashes differ. */
export function diffManifests(a: ManifestEntry[], b: ManifestEntry[]): string[] {
  const left = new Map(a.map((e) => [e.path, e.sha256]));
  const right = new Map(b.map((e) => [e.path, e.sha256]));
  const out: string[] = [];
  for (const [path, hash] of left) {
    const other = right.get(path);
    if (other === undefined) out.push(`only in the first: ${path}`);
    else if (other !== hash) out.push(`differs: ${path}`);
  }
  for (const path of right.keys()) if (!left.has(path)) out.push(`only in the second: ${path}`);
  return out;
}

/** Writes `<dir>/manifest.sha256` for the files now in `dir` and returns its entries. */
export function writeManifest(dir: string): ManifestEntry[] {
  const entries = hashTree(dir);
  writeFileSync(join(dir, MANIFEST_NAME), formatManifest(entries));
  return entries;
}

// `tsx scripts/build-manifest.ts <dir> [<other dir or manifest.sha256>]`: prints the manifest of a folder, or
// compares it with another build (or a downloaded manifest) and exits 1 on any difference.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, other] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: tsx scripts/build-manifest.ts <build dir> [<other build dir | manifest.sha256>]");
    process.exit(2);
  }
  const mine = hashTree(dir);
  if (!other) {
    process.stdout.write(formatManifest(mine));
  } else {
    const theirs = statSync(other).isDirectory()
      ? hashTree(other)
      : parseManifest(readFileSync(other, "utf8"));
    const diff = diffManifests(mine, theirs);
    for (const line of diff) console.log(line);
    console.log(diff.length === 0 ? `identical: ${mine.length} files` : `${diff.length} difference(s)`);
    process.exit(diff.length === 0 ? 0 : 1);
  }
}
