import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";
import { type Abi, type Hex, keccak256, stringToHex } from "viem";

/** A compiled fixture contract. */
export type FixtureArtifact = { abi: Abi; bytecode: Hex };

const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);
const FIXTURES = "test/fixtures/contracts-4.9";
const SOURCES = [
  { source: `${FIXTURES}/CompatToken.sol`, name: "CompatToken" },
  { source: `${FIXTURES}/CompatGovernor.sol`, name: "CompatGovernor" },
  {
    source: "@openzeppelin/contracts-4.9/governance/TimelockController.sol",
    name: "TimelockController",
  },
] as const;
type Name = (typeof SOURCES)[number]["name"];

const read = (path: string) =>
  path.startsWith("@openzeppelin/")
    ? readFileSync(require.resolve(path), "utf8")
    : readFileSync(join(root, path), "utf8");

/** Compiles the OZ 4.9 fixtures with the repo's solc (optimizer 200, cancun like the devnet), cached under
 * .cache/ by the hash of the sources and the compiler version: a compile takes ~10 s on this machine. */
export function compileOz49Fixtures(): Record<Name, FixtureArtifact> {
  const sources = Object.fromEntries(SOURCES.map((s) => [s.source, { content: read(s.source) }]));
  const version: () => string = solc.version;
  const hash = keccak256(stringToHex(JSON.stringify([sources, version()]))).slice(2, 18);
  const cache = join(root, ".cache", "fixtures-4.9", `${hash}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as Record<Name, FixtureArtifact>;
  const input = {
    language: "Solidity",
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const findImport = (path: string) => {
    try {
      return { contents: read(path) };
    } catch {
      return { error: `not found: ${path}` };
    }
  };
  type Out = {
    errors?: { severity: string; formattedMessage: string }[];
    contracts?: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
  };
  const compile: (input: string, cb: { import: typeof findImport }) => string = solc.compile;
  const out = JSON.parse(compile(JSON.stringify(input), { import: findImport })) as Out;
  const errors = (out.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const result = Object.fromEntries(
    SOURCES.map((s) => {
      const c = out.contracts?.[s.source]?.[s.name];
      if (!c) throw new Error(`solc produced no ${s.name}`);
      return [s.name, { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` as Hex }];
    }),
  ) as Record<Name, FixtureArtifact>;
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(result));
  return result;
}
