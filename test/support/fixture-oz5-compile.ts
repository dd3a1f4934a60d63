import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import solc from "solc";
import type { Abi, Hex } from "viem";

const root = join(import.meta.dirname, "..", "..");
const fixtureDir = "test/fixtures/contracts/oz5";
const cacheDir = join(root, ".cache", "fixtures-oz5");
const require = createRequire(import.meta.url);

/** The OZ 5.7 fixture contracts, by Solidity name (file = `<name>.sol` under test/fixtures/contracts/oz5). */
export const OZ5_FIXTURES = ["AtelierPass", "AtelierGovernor", "RelayCredit", "RelayCouncil"] as const;
export type Oz5Fixture = (typeof OZ5_FIXTURES)[number] | "TimelockController";

/** One compiled fixture: its ABI and creation code. */
export type FixtureArtifact = { abi: Abi; bytecode: Hex };

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts?: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};
type ImportResult = { contents: string } | { error: string };
const compileJson: (input: string, callbacks: { import: (path: string) => ImportResult }) => string =
  solc.compile;

const TIMELOCK = "@openzeppelin/contracts/governance/TimelockController.sol";

function readSource(path: string): string {
  if (path.startsWith("@openzeppelin/")) return readFileSync(require.resolve(path), "utf8");
  return readFileSync(join(root, path), "utf8");
}

function sourcePath(name: Oz5Fixture): string {
  return name === "TimelockController" ? TIMELOCK : `${fixtureDir}/${name}.sol`;
}

function compileAll(): Record<Oz5Fixture, FixtureArtifact> {
  const names: Oz5Fixture[] = [...OZ5_FIXTURES, "TimelockController"];
  const sources = Object.fromEntries(
    names.map((n) => [sourcePath(n), { content: readSource(sourcePath(n)) }]),
  );
  const input = {
    language: "Solidity",
    sources,
    // The same settings as the demo (scripts/contracts/solidity.ts): optimizer on, cancun for anvil's hardfork.
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
  const entries = names.map((n) => {
    const c = output.contracts?.[sourcePath(n)]?.[n];
    if (!c) throw new Error(`solc produced no output for ${n}`);
    return [n, { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` as Hex }] as const;
  });
  return Object.fromEntries(entries) as Record<Oz5Fixture, FixtureArtifact>;
}

/** A hash of the fixture sources, solc's version and OpenZeppelin's version: the cache key. */
function inputsHash(): string {
  const hash = createHash("sha256");
  const version: () => string = solc.version;
  hash.update(version()).update(readSource("@openzeppelin/contracts/package.json"));
  for (const n of OZ5_FIXTURES) hash.update(readSource(sourcePath(n)));
  return hash.digest("hex").slice(0, 16);
}

/** Compiles the OZ 5.7 fixtures with the repo's solc (a few seconds), cached under .cache/fixtures-oz5/. */
export function compileOz5Fixtures(): Record<Oz5Fixture, FixtureArtifact> {
  const file = join(cacheDir, `${inputsHash()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Record<Oz5Fixture, FixtureArtifact>;
  const compiled = compileAll();
  mkdirSync(cacheDir, { recursive: true });
  // Written then renamed, so a parallel run never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(compiled));
  renameSync(tmp, file);
  return compiled;
}
