import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import solc from "solc";
import type { Abi, Hex } from "viem";

/** One compiled fixture: its ABI and creation code. */
export type FixtureArtifact = { abi: Abi; bytecode: Hex };

/** A contract to compile: its source (repo-relative, or an npm path such as `@openzeppelin/…`) and name. */
export type FixtureSource<N extends string> = { source: string; name: N };

const root = join(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts?: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};
type ImportResult = { contents: string } | { error: string };
const compileJson: (input: string, callbacks: { import: (path: string) => ImportResult }) => string =
  solc.compile;

const readSource = (path: string) =>
  path.startsWith("@") ? readFileSync(require.resolve(path), "utf8") : readFileSync(join(root, path), "utf8");

function compileAll<N extends string>(sources: readonly FixtureSource<N>[]): Record<N, FixtureArtifact> {
  const input = {
    language: "Solidity",
    sources: Object.fromEntries(sources.map((s) => [s.source, { content: readSource(s.source) }])),
    // The demo's settings (scripts/contracts/solidity.ts): optimizer on, cancun for anvil's hardfork.
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const findImport = (path: string): ImportResult => {
    try {
      return { contents: readSource(path) };
    } catch {
      return { error: `not found: ${path}` };
    }
  };
  const output = JSON.parse(compileJson(JSON.stringify(input), { import: findImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const entries = sources.map((s) => {
    const c = output.contracts?.[s.source]?.[s.name];
    if (!c) throw new Error(`solc produced no output for ${s.name}`);
    return [s.name, { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` as Hex }] as const;
  });
  return Object.fromEntries(entries) as Record<N, FixtureArtifact>;
}

/** The cache key: solc's version, the listed sources, and the version of each npm package they import from
 * (so an OpenZeppelin upgrade recompiles even though its files are not listed). */
function inputsHash(sources: readonly FixtureSource<string>[]): string {
  const hash = createHash("sha256");
  const version: () => string = solc.version;
  hash.update(version());
  const packages = new Set<string>();
  for (const s of sources) {
    const text = readSource(s.source);
    hash.update(s.source).update("\0").update(s.name).update("\0").update(text).update("\0");
    for (const m of `${s.source}\n${text}`.matchAll(/@[\w.-]+\/[\w.-]+/g)) packages.add(m[0]);
  }
  for (const p of [...packages].sort()) {
    try {
      hash.update(readSource(`${p}/package.json`));
    } catch {
      // not an installed package (e.g. an @-word in a comment)
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** Compiles fixture contracts with the repo's solc (seconds to tens of seconds), cached under
 * `.cache/<cacheName>/<inputs hash>.json` so later runs only read the artifacts. */
export function compileFixtures<N extends string>(
  cacheName: string,
  sources: readonly FixtureSource<N>[],
): Record<N, FixtureArtifact> {
  const dir = join(root, ".cache", cacheName);
  const file = join(dir, `${inputsHash(sources)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Record<N, FixtureArtifact>;
  const compiled = compileAll(sources);
  mkdirSync(dir, { recursive: true });
  // Written then renamed, so a parallel run never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(compiled));
  renameSync(tmp, file);
  return compiled;
}
