/**
 * `tsx scripts/check-reproducible.ts`: two clean builds of this checkout from copies at two other paths, each
 * in its own process with a clean environment; prints `{ scratch, files, diffs }` as JSON and exits 1 when any
 * file differs. The first build stays in `<scratch>/dist-a` for inspection.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffManifests, hashTree } from "./build-manifest";

const root = join(import.meta.dirname, "..");
// What the build reads; a copy of these at another path stands in for another machine's checkout.
const INPUTS = ["src", "public", "scripts", "index.html", "vite.config.ts", "tsconfig.json", "package.json"];

const scratch = mkdtempSync(join(tmpdir(), "plenum-repro-"));

/** A copy of the build inputs at `scratch/name`, linking the installed packages (same depth for both copies:
 * a linked node_modules resolves to its real path, which enters module ids relative to the root). */
function checkout(name: string): string {
  const copy = join(scratch, name);
  for (const input of INPUTS) cpSync(join(root, input), join(copy, input), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

/** `vite build` as `npm run build` runs it; no inherited variables (a test runner's NODE_ENV=test would make
 * the React plugin emit development JSX carrying absolute paths). */
function build(copy: string, outDir: string) {
  execFileSync(
    join(copy, "node_modules", ".bin", "vite"),
    ["build", "--outDir", outDir, "--logLevel", "error"],
    {
      cwd: copy,
      stdio: ["ignore", "ignore", "inherit"],
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    },
  );
}

build(checkout("checkout-a"), join(scratch, "dist-a"));
build(checkout("checkout-b"), join(scratch, "dist-b"));
const a = hashTree(join(scratch, "dist-a"));
const diffs = diffManifests(a, hashTree(join(scratch, "dist-b")));
console.log(JSON.stringify({ scratch, files: a.length, diffs }));
process.exitCode = diffs.length === 0 ? 0 : 1;
