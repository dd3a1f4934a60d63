import ts from "typescript";
import { type ImportRef, importsOf, parseSource, resolveTarget } from "./architecture-imports";

// Why here and not in biome.json: Biome 2.6's noRestrictedImports (with `patterns` and per-folder `overrides`)
// matches the specifier as written: it cannot resolve `../../chain/x` to a layer, cannot say "any feature but
// this file's own" without one override per feature, and cannot see log-fetching calls. So the rules run on
// TypeScript's parse of each file, with every relative specifier resolved against the importing file.

/** A source file, its path relative to src/. */
export type Source = { path: string; text: string };
/** One broken rule: which, where, and the reference that breaks it. */
export type Violation = { rule: RuleId; path: string; detail: string };
export type RuleId =
  | "layers-point-down"
  | "components-stay-off-the-chain"
  | "domain-is-pure"
  | "features-apart"
  | "shared-components-import-no-feature"
  | "only-sync-fetches-logs"
  | "no-raw-html";

type Place = { layer: string; area?: string };

/** The layer of a path under src/: features split into their api, components and (wallet) root. */
export function placeOf(path: string): Place {
  const [first = "", area, sub] = path.split("/");
  if (!path.includes("/")) return { layer: "app" }; // main.tsx
  if (first !== "features" || !area) return { layer: first };
  if (sub === "api" || sub === "components") return { layer: `features/${sub}`, area };
  return { layer: "features/root", area };
}

/** What each layer may import from src/ (DESIGN.md: chain -> domain -> features/api -> features/components ->
 * app, with lib, config and contracts below everything). `own` means the same feature only. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  contracts: ["contracts"],
  lib: ["lib", "contracts"],
  config: ["config", "lib", "contracts"],
  styles: ["styles"],
  chain: ["chain", "contracts", "lib", "config"],
  domain: ["domain", "contracts", "lib"],
  "features/api": ["own:features/api", "own:features/root", "chain", "domain", "contracts", "lib", "config"],
  "features/components": [
    "own:features/api",
    "own:features/components",
    "own:features/root",
    "domain",
    "contracts",
    "lib",
    "config",
    "components",
    "styles",
  ],
  "features/root": [
    "own:features/api",
    "own:features/root",
    "chain",
    "domain",
    "contracts",
    "lib",
    "config",
    "components",
    "styles",
  ],
  components: ["components", "domain", "contracts", "lib", "config", "styles"],
};

const COMPONENT_LAYERS = new Set(["features/components", "components"]);
/** wagmi hooks that read the chain; wallet UI (features/wallet) is the one place that uses wagmi directly. */
const WAGMI_READ =
  /^use(Read|Simulate|Watch|Balance|Block|PublicClient|Client|Call|EstimateGas|Token|Ens|FeeHistory|Proof|StorageAt|Transaction|Bytecode|GasPrice|InfiniteReadContracts|WaitForTransactionReceipt|Verify)/;
const IMPURE_PACKAGES = new Set([
  "react",
  "react-dom",
  "wagmi",
  "@tanstack/react-query",
  "@tanstack/react-router",
  "idb",
]);

function checkImport(path: string, from: Place, ref: ImportRef): Violation[] {
  const v = (rule: RuleId, why: string): Violation => ({ rule, path, detail: `${ref.specifier} (${why})` });
  const target = resolveTarget(path, ref.specifier);
  const out: Violation[] = [];
  if ("pkg" in target) {
    if (COMPONENT_LAYERS.has(from.layer)) {
      if (target.pkg === "viem" && !ref.typeOnly) out.push(v("components-stay-off-the-chain", "viem values"));
      if (
        target.pkg === "wagmi" &&
        (target.subpath !== "" || ref.names.some((n) => n === "*" || WAGMI_READ.test(n)))
      )
        out.push(v("components-stay-off-the-chain", "a wagmi read hook"));
    }
    if (from.layer === "domain" && (IMPURE_PACKAGES.has(target.pkg) || target.pkg.startsWith("node:")))
      out.push(v("domain-is-pure", "React, wagmi, query or I/O"));
    if (from.layer === "chain" && (target.pkg === "react" || target.pkg.startsWith("@tanstack/")))
      out.push(v("layers-point-down", "chain code never uses React or the query cache"));
    return out;
  }
  const to = placeOf(target.src);
  if (to.area && from.area && to.area !== from.area)
    return [v("features-apart", `another feature: ${to.area}`)];
  if (from.layer === "components" && to.layer.startsWith("features/"))
    return [v("shared-components-import-no-feature", to.area ?? "")];
  if (COMPONENT_LAYERS.has(from.layer) && to.layer === "chain")
    return [v("components-stay-off-the-chain", "@/chain")];
  // The domain may name the shapes chain reads return: a type import is erased, so it never calls the chain.
  if (from.layer === "domain" && to.layer === "chain")
    return ref.typeOnly ? [] : [v("domain-is-pure", "calls into the chain")];
  const allowed = MAY_IMPORT[from.layer];
  if (!allowed) return [];
  const ok = allowed.some((a) =>
    a.startsWith("own:") ? a.slice(4) === to.layer && to.area === from.area : a === to.layer,
  );
  return ok ? [] : [v("layers-point-down", `${from.layer} may not import ${to.layer}`)];
}

const LOG_CALLS = new Set([
  "getContractEvents",
  "getFilterLogs",
  "getFilterChanges",
  "createEventFilter",
  "createContractEventFilter",
  "watchContractEvent",
  "watchEvent",
  "useWatchContractEvent",
]);

/** Places where a file asks the chain for logs: viem's log actions, `getLogs({...})`, the raw method name. */
function logFetches(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) && node.text === "eth_getLogs") found.push("eth_getLogs");
    if (ts.isCallExpression(node)) {
      const c = node.expression;
      const name = ts.isPropertyAccessExpression(c) ? c.name.text : ts.isIdentifier(c) ? c.text : "";
      if (LOG_CALLS.has(name)) found.push(name);
      // A store's getLogs(id, from, to) reads the cache; viem's takes a filter object.
      const arg = node.arguments[0];
      if (name === "getLogs" && arg && ts.isObjectLiteralExpression(arg)) found.push("getLogs({...})");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every architecture rule broken by `files` (paths relative to src/, test files already left out). */
export function checkArchitecture(files: readonly Source[]): Violation[] {
  return files.flatMap(({ path, text }) => {
    const from = placeOf(path);
    const parsed = parseSource(path, text);
    const out = importsOf(parsed).flatMap((ref) => checkImport(path, from, ref));
    if (!path.startsWith("chain/sync/"))
      for (const f of logFetches(parsed)) out.push({ rule: "only-sync-fetches-logs", path, detail: f });
    if (/dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML/.test(text))
      out.push({ rule: "no-raw-html", path, detail: "raw HTML" });
    return out;
  });
}
