import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import solc from "solc";

/** One deployable contract: the name its generated module exports under, plus ABI and creation code. */
export type CompiledContract = {
  /** Solidity contract name, e.g. "AICommonsGovernor". */
  contractName: string;
  /** camelCase export prefix, e.g. "aiCommonsGovernor". */
  exportName: string;
  /** kebab-case file stem, e.g. "ai-commons-governor". */
  fileStem: string;
  abi: readonly AbiItem[];
  bytecode: `0x${string}`;
};

export type AbiItem = Record<string, unknown>;

/** The deployables, in a fixed order; `source` is the key solc sees (repo-relative or package path). */
export const DEPLOYABLES = [
  { source: "contracts/AICommonsToken.sol", contractName: "AICommonsToken", exportName: "aiCommonsToken" },
  { source: "contracts/TestUSD.sol", contractName: "TestUSD", exportName: "testUsd" },
  { source: "contracts/EthicsCharter.sol", contractName: "EthicsCharter", exportName: "ethicsCharter" },
  {
    source: "contracts/AICommonsGovernor.sol",
    contractName: "AICommonsGovernor",
    exportName: "aiCommonsGovernor",
  },
  {
    source: "@openzeppelin/contracts/governance/TimelockController.sol",
    contractName: "TimelockController",
    exportName: "timelockController",
  },
  {
    source: "contracts/ComputeGuildToken.sol",
    contractName: "ComputeGuildToken",
    exportName: "computeGuildToken",
  },
  {
    source: "contracts/ComputeGuildGovernor.sol",
    contractName: "ComputeGuildGovernor",
    exportName: "computeGuildGovernor",
  },
] as const;

const oz = "@openzeppelin/contracts/governance";
/** Generic interfaces used for every DAO (never the demo's ABIs): each is the union of OpenZeppelin's
 * compiled interface and the extensions that add functions to it, deduplicated by signature. */
export const GENERIC_ABIS = [
  {
    exportName: "ozGovernor",
    parts: [
      { source: `${oz}/IGovernor.sol`, contractName: "IGovernor" },
      { source: `${oz}/extensions/GovernorSettings.sol`, contractName: "GovernorSettings" },
      { source: `${oz}/extensions/GovernorCountingSimple.sol`, contractName: "GovernorCountingSimple" },
      {
        source: `${oz}/extensions/GovernorVotesQuorumFraction.sol`,
        contractName: "GovernorVotesQuorumFraction",
      },
      { source: `${oz}/extensions/GovernorTimelockControl.sol`, contractName: "GovernorTimelockControl" },
      { source: `${oz}/extensions/GovernorPreventLateQuorum.sol`, contractName: "GovernorPreventLateQuorum" },
      { source: `${oz}/extensions/GovernorStorage.sol`, contractName: "GovernorStorage" },
    ],
  },
  {
    exportName: "ozVotesToken",
    parts: [
      { source: "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol", contractName: "ERC20Votes" },
      {
        source: "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol",
        contractName: "ERC20Permit",
      },
    ],
  },
  {
    exportName: "ozTimelock",
    parts: [{ source: `${oz}/TimelockController.sol`, contractName: "TimelockController" }],
  },
] as const;

// cancun, not prague: anvil 1.7.1 mines prague blocks ever slower as the EIP-2935 history contract fills
// (9,000 empty blocks: 56 s vs 2 s), and the devnet mines thousands. The devnet runs anvil with --hardfork cancun.
const EVM_VERSION = "cancun";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts?: Record<string, Record<string, { abi: AbiItem[]; evm: { bytecode: { object: string } } }>>;
};

const compileJson: (input: string, callbacks: { import: (path: string) => ImportResult }) => string =
  solc.compile;
type ImportResult = { contents: string } | { error: string };

function readSource(path: string): string {
  if (path.startsWith("@openzeppelin/")) return readFileSync(require.resolve(path), "utf8");
  return readFileSync(`${repoRoot}${path}`, "utf8");
}

function findImport(path: string): ImportResult {
  try {
    return { contents: readSource(path) };
  } catch {
    return { error: `not found: ${path}` };
  }
}

const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Compiles contracts/ (optimizer 200 runs, pinned EVM version) and returns the deployables in DEPLOYABLES order. */
export function compileContracts(): CompiledContract[] {
  const parts: readonly { source: string; contractName: string }[] = GENERIC_ABIS.flatMap((g) => [
    ...g.parts,
  ]);
  const all = [...DEPLOYABLES, ...parts];
  const sources = Object.fromEntries(all.map((d) => [d.source, { content: readSource(d.source) }]));
  const input = {
    language: "Solidity",
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const output = JSON.parse(compileJson(JSON.stringify(input), { import: findImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const compiledOf = (d: { source: string; contractName: string }) => {
    const compiled = output.contracts?.[d.source]?.[d.contractName];
    if (!compiled) throw new Error(`solc produced no output for ${d.contractName}`);
    return compiled;
  };
  const deployables = DEPLOYABLES.map((d): CompiledContract => {
    const compiled = compiledOf(d);
    return {
      contractName: d.contractName,
      exportName: d.exportName,
      fileStem: kebab(d.exportName),
      abi: compiled.abi,
      bytecode: `0x${compiled.evm.bytecode.object}`,
    };
  });
  const generic = GENERIC_ABIS.map(
    (g): CompiledContract => ({
      contractName: g.parts.map((p) => p.contractName).join(" + "),
      exportName: g.exportName,
      fileStem: kebab(g.exportName),
      abi: mergeAbis(g.parts.map((p) => compiledOf(p).abi)),
      bytecode: "0x",
    }),
  );
  return [...deployables, ...generic];
}

/** One ABI from several, each function, event and error once (first seen wins), sorted by kind and name. */
function mergeAbis(abis: readonly (readonly AbiItem[])[]): AbiItem[] {
  const seen = new Map<string, AbiItem>();
  for (const item of abis.flat()) {
    if (item.type === "constructor") continue;
    const inputs = (item.inputs as { type: string }[] | undefined)?.map((i) => i.type).join(",") ?? "";
    const id = `${String(item.type)} ${String(item.name ?? "")}(${inputs})`;
    if (!seen.has(id)) seen.set(id, item);
  }
  const order = (i: AbiItem) => `${String(i.type)} ${String(i.name ?? "")}`;
  return [...seen.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

/** solc's version string, e.g. "0.8.37+commit.….Emscripten.clang". */
export function solcVersion(): string {
  const version: () => string = solc.version;
  return version();
}
