/**
 * `npm test`: Biome, tsc, then the Vitest layers in order. Keeps going after a failure so the
 * summary is complete; exits non-zero when anything failed or a layer ran zero tests.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { formatSummary, type LayerResult, parseVitestJson, toolLayer, vitestLayer } from "./test-summary";

const root = join(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const resultsDir = join(root, "test-results");
const vitestProjects = ["unit", "integration", "component", "e2e"] as const;

/** Runs a command with the console attached; resolves with its exit code and duration. */
function run(cmd: string, args: string[]): Promise<{ code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
    const done = (code: number) => resolve({ code, seconds: (performance.now() - started) / 1000 });
    child.on("error", (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      done(127);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

function banner(title: string) {
  console.log(`\n━━ ${title} ${"━".repeat(Math.max(0, 70 - title.length))}`);
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const layers: LayerResult[] = [];

  banner("lint (biome check .)");
  const lint = await run(bin("biome"), ["check", "."]);
  layers.push(toolLayer("lint", lint.code, lint.seconds));

  banner("types (tsc --noEmit)");
  const tsc = await run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  layers.push(toolLayer("types", tsc.code, tsc.seconds));

  for (const project of vitestProjects) {
    banner(`${project} (vitest run --project ${project})`);
    const report = join(resultsDir, `${project}.json`);
    rmSync(report, { force: true });
    const res = await run(bin("vitest"), [
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ]);
    const json = parseVitestJson(existsSync(report) ? readFileSync(report, "utf8") : null);
    layers.push(vitestLayer(project, res.code, json, res.seconds));
  }

  console.log(formatSummary(layers));
  process.exitCode = layers.some((l) => l.failed > 0) ? 1 : 0;
}

await main();
