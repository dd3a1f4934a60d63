import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, "utf8"),
}));
/** Module specifiers a file imports; `import type` lines only when `withTypes`. */
const importsOf = (text: string, withTypes = true) =>
  [...text.matchAll(/^\s*(?:import|export)(\s+type\b)?[^"']*from\s+["']([^"']+)["']/gm)]
    .filter((m) => withTypes || !m[1])
    .map((m) => m[2] ?? "");
const layerOf = (path: string) => path.split("/")[0] ?? "";

/** Layers (DESIGN.md: chain -> domain -> features -> app) and what each may not import. The domain may
 * name the shapes the chain reads return (`import type`), never call into it. */
const FORBIDDEN: Record<string, RegExp> = {
  lib: /^@\/(chain|domain|features|app)\//,
  config: /^@\/(chain|domain|features|app)\//,
  contracts: /^@\/(chain|domain|features|app)\//,
  chain: /^@\/(domain|features|app)\/|^react$/,
  domain: /^@\/(features|app|config)\/|^react$|^wagmi|^@tanstack\//,
  features: /^@\/app\//,
};

describe("architecture", () => {
  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("keeps each layer's imports pointing down, never up (DESIGN.md)", () => {
    const bad = files.flatMap(({ path, text }) => {
      const rule = FORBIDDEN[layerOf(path)];
      return rule
        ? importsOf(text)
            .filter((i) => rule.test(i))
            .map((i) => `${path} imports ${i}`)
        : [];
    });
    expect(bad).toEqual([]);
  });

  it("keeps features apart: a feature never imports another one (app routes compose them)", () => {
    const bad = files.flatMap(({ path, text }) => {
      const [layer, area] = path.split("/");
      if (layer !== "features") return [];
      return importsOf(text)
        .filter((i) => i.startsWith("@/features/") && i.split("/")[2] !== area)
        .map((i) => `${path} imports ${i}`);
    });
    expect(bad).toEqual([]);
  });

  it("lets only the sync engine ask the chain for logs", () => {
    const asks =
      /eth_getLogs|\.getLogs\(\s*\{|getContractEvents|getFilterLogs|createEventFilter|watchContractEvent/;
    const bad = files.filter(({ path, text }) => !path.startsWith("chain/sync/") && asks.test(text));
    expect(bad.map((f) => f.path)).toEqual([]);
  });

  it("never renders raw HTML", () => {
    const bad = files.filter(({ text }) => /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(text));
    expect(bad.map((f) => f.path)).toEqual([]);
  });
});
