import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, parseSource } from "./architecture-imports";
import { checkArchitecture, type RuleId, type Source } from "./architecture-rules";

const SRC = join(import.meta.dirname, "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const tree = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));

/** Violations accepted for now, each with its reason; empty: the tree keeps every rule. */
const KNOWN = new Set<string>([]);

const rulesBroken = (files: Source[]) => [...new Set(checkArchitecture(files).map((v) => v.rule))];
const file = (path: string, text: string): Source => ({ path, text });

/** One fixture per way of breaking a rule: each must be caught, with the rule it breaks. */
const VIOLATIONS: [string, Source, RuleId][] = [
  [
    "chain importing a feature",
    file("chain/x.ts", `import { a } from "@/features/sync/api/a";`),
    "layers-point-down",
  ],
  ["chain using React", file("chain/x.ts", `import { useState } from "react";`), "layers-point-down"],
  [
    "api importing its components",
    file("features/sync/api/x.ts", `import { A } from "../components/a";`),
    "layers-point-down",
  ],
  [
    "lib importing the app, relatively",
    file("lib/x.ts", `export { a } from "../app/a";`),
    "layers-point-down",
  ],
  [
    "a component reading with wagmi",
    file("features/sync/components/x.tsx", `import { useReadContract } from "wagmi";`),
    "components-stay-off-the-chain",
  ],
  [
    "a component with viem values",
    file("components/x.tsx", `import { formatUnits } from "viem";`),
    "components-stay-off-the-chain",
  ],
  [
    "a component importing chain types",
    file("features/sync/components/x.tsx", `import type { S } from "@/chain/sync/status";`),
    "components-stay-off-the-chain",
  ],
  [
    "a component reaching chain relatively",
    file("features/sync/components/x.tsx", `import { r } from "../../../chain/sync/rpc";`),
    "components-stay-off-the-chain",
  ],
  [
    "a component loading chain lazily",
    file("features/sync/components/x.tsx", `const m = await import("@/chain/client");`),
    "components-stay-off-the-chain",
  ],
  [
    "domain calling chain code",
    file("domain/x.ts", `import { readHead } from "@/chain/sync/finality";`),
    "domain-is-pure",
  ],
  [
    "domain calling chain code, relatively",
    file("domain/dao/x.ts", `import { readHead } from "../../chain/sync/finality";`),
    "domain-is-pure",
  ],
  ["domain using React", file("domain/x.ts", `import { useMemo } from "react";`), "domain-is-pure"],
  [
    "a feature importing another",
    file("features/sync/api/x.ts", `import { p } from "@/features/proposals/api/proposals";`),
    "features-apart",
  ],
  [
    "a feature re-exporting another",
    file("features/sync/api/x.ts", `export type { P } from "../../proposals/api/proposals";`),
    "features-apart",
  ],
  [
    "shared components importing a feature",
    file("components/x.tsx", `import { A } from "@/features/sync/components/a";`),
    "shared-components-import-no-feature",
  ],
  [
    "a feature asking for logs",
    file("features/sync/api/x.ts", `client.getLogs({ address });`),
    "only-sync-fetches-logs",
  ],
  [
    "a read sending eth_getLogs",
    file("chain/reads/x.ts", `rpc({ method: "eth_getLogs", params });`),
    "only-sync-fetches-logs",
  ],
  [
    "watching events outside sync",
    file("chain/reads/x.ts", `client.watchContractEvent({ abi });`),
    "only-sync-fetches-logs",
  ],
  ["raw HTML", file("components/x.tsx", `<div dangerouslySetInnerHTML={{ __html: s }} />`), "no-raw-html"],
];

const ALLOWED: [string, Source][] = [
  [
    "domain naming a chain read's type",
    file("domain/x.ts", `import type { T } from "@/chain/reads/dao-identity";`),
  ],
  ["a component naming viem's Address", file("components/x.tsx", `import { type Address } from "viem";`)],
  [
    "a component importing its own api",
    file("features/sync/components/x.tsx", `import { a } from "../api/a";`),
  ],
  [
    "the wallet UI using wagmi",
    file("features/wallet/x.tsx", `import { useAccount, useBalance } from "wagmi";`),
  ],
  ["a store reading its cached logs", file("chain/store/x.ts", `store.getLogs(id, 0, 10);`)],
  [
    "the app composing features",
    file("app/routes/x.tsx", `import { A } from "@/features/sync/components/a";`),
  ],
];

describe("architecture", () => {
  it("finds the sources", () => {
    expect(tree.length).toBeGreaterThan(100);
  });

  it("parses every kind of module reference", () => {
    const refs = importsOf(
      parseSource(
        "x.ts",
        `import a from "a"; import type { B } from "b"; import { type C } from "c"; export * from "d";
       export { e } from "./e"; const f = import("f"); type G = import("g").G; new Worker(new URL("./w.ts", import.meta.url));`,
      ),
    );
    expect(refs.map((r) => [r.specifier, r.typeOnly, r.kind])).toEqual([
      ["a", false, "import"],
      ["b", true, "import"],
      ["c", true, "import"],
      ["d", false, "export"],
      ["./e", false, "export"],
      ["f", false, "dynamic"],
      ["g", true, "dynamic"],
      ["./w.ts", false, "worker"],
    ]);
  });

  it.each(VIOLATIONS)("catches %s", (_, source, rule) => {
    expect(rulesBroken([source])).toEqual([rule]);
  });

  it.each(ALLOWED)("allows %s", (_, source) => {
    expect(checkArchitecture([source])).toEqual([]);
  });

  it("passes on the tree, apart from the listed violations in another helper's area", () => {
    const found = checkArchitecture(tree).map((v) => `${v.rule} ${v.path}`);
    expect(found.filter((v) => !KNOWN.has(v))).toEqual([]);
  }, 30_000);
});
