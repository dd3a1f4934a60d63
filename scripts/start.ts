import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createPublicClient, http } from "viem";
import { type DevnetInfo, parseDevnetInfo } from "../src/config/devnet-info";
import { type Devnet, startDevnet } from "./devnet/start";

// `npm start`: reuse a live devnet (or start and seed one), then serve a build of the app with `vite preview`
// (rebuilt when its sources changed). `npm run dev` is the dev server: its ~150 unbundled modules made a
// cold load of the proposals page take 4 to 5 s and a reload about 2 s; the build reloads in well under 1 s.
const root = new URL("../", import.meta.url);
const rootDir = fileURLToPath(root);
const BUILD_INPUTS = ["src", "public", "index.html", "vite.config.ts", "tsconfig.json", "package-lock.json"];
const buildsDir = join(rootDir, ".cache", "start-build");
const infoFile = fileURLToPath(new URL(".devnet/devnet.json", root));
const viteBin = fileURLToPath(new URL("node_modules/.bin/vite", root));
const appPort = Number(process.env.PLENUM_PORT ?? 5173);
const devnetPort = Number(process.env.DEVNET_PORT ?? 8545);

/** The devnet described by .devnet/devnet.json, if its node still answers with the same chain and contracts. */
async function liveDevnet(): Promise<DevnetInfo | null> {
  if (!existsSync(infoFile)) return null;
  try {
    const info = parseDevnetInfo(JSON.parse(readFileSync(infoFile, "utf8")));
    const client = createPublicClient({ transport: http(info.rpcUrl, { retryCount: 0, timeout: 2_000 }) });
    const governor = info.daos.find((d) => d.key === "aiCommons")?.governor;
    if (!governor || (await client.getChainId()) !== info.chainId) return null;
    const code = await client.getCode({ address: governor });
    return code && code !== "0x" ? info : null;
  } catch {
    return null;
  }
}

function* inputFiles(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (!/\.test\.tsx?$/.test(entry)) yield* inputFiles(join(path, entry));
  }
}

/** A hash of everything that goes into the build (tests excluded), so unchanged sources reuse the last build. */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of inputFiles(join(rootDir, input))) {
      hash.update(relative(rootDir, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** Runs a child process to its end; rejects on a non-zero exit. */
function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: rootDir, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

/** The build of the current sources under .cache/start-build/<hash>/, built now if missing (older ones removed). */
async function freshBuild(): Promise<string> {
  const outDir = join(buildsDir, sourceHash());
  if (existsSync(join(outDir, "index.html"))) {
    console.log(`Serving the build of the current sources (${relative(rootDir, outDir)}).`);
    return outDir;
  }
  console.log("Sources changed since the last build: building the app …");
  mkdirSync(buildsDir, { recursive: true });
  for (const old of readdirSync(buildsDir)) rmSync(join(buildsDir, old), { recursive: true, force: true });
  // Built into a temporary folder and renamed, so an interrupted build is never served as a complete one.
  const tmp = `${outDir}.tmp-${process.pid}`;
  const started = performance.now();
  await run(viteBin, ["build", "--outDir", tmp, "--emptyOutDir", "--logLevel", "warn"]);
  renameSync(tmp, outDir);
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return outDir;
}

/** Starts `vite preview` on a build and resolves with the URL it prints, once that URL answers. */
function startVite(outDir: string): Promise<{ child: ChildProcess; url: string }> {
  const args = ["preview", "--outDir", outDir, "--port", String(appPort)];
  const child = spawn(viteBin, args, {
    cwd: rootDir,
    env: { ...process.env, PLENUM_PORT: String(appPort), NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let seen = "";
    let found = false;
    const onEarlyExit = (code: number | null) => reject(new Error(`vite exited early (${code}):\n${seen}`));
    child.once("exit", onEarlyExit);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (seen.length < 8000) seen += chunk.toString();
      // Vite may pick another port when ours is taken, so trust the URL it prints.
      const url = /Local:\s+(http:\/\/\S+)/.exec(seen)?.[1];
      if (!url || found) return;
      found = true;
      waitForHttp(url).then(() => {
        child.off("exit", onEarlyExit);
        resolve({ child, url });
      }, reject);
    });
  });
}

async function waitForHttp(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let devnet: Devnet | null = null;
let vite: ChildProcess | null = null;

async function shutdown(code: number) {
  if (vite && vite.exitCode === null) vite.kill("SIGTERM");
  if (devnet) {
    await devnet.stop();
    if (existsSync(infoFile)) rmSync(infoFile);
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  let info = await liveDevnet();
  if (info) {
    console.log(`Reusing the devnet at ${info.rpcUrl} (from .devnet/devnet.json).`);
  } else {
    console.log(`Starting a seeded devnet on 127.0.0.1:${devnetPort} …`);
    devnet = await startDevnet({ port: devnetPort, writeInfoTo: infoFile });
    info = devnet.info;
    console.log(`Devnet ready in ${devnet.stats.seedSeconds.toFixed(1)} s (${devnet.stats.blocks} blocks).`);
  }
  const started = await startVite(await freshBuild());
  vite = started.child;
  vite.once("exit", (code) => void shutdown(code ?? 1));
  console.log(`\n  Plenum: ${started.url}   (a build; \`npm run dev\` for the dev server with hot reload)\n`);
  console.log("  What you'll see:");
  console.log(
    "  - The DAO picker lists the two devnet DAOs: AI Commons (timelock, ethics charter) and Compute Guild.",
  );
  console.log(
    "  - 18 AI Commons proposals in every state; connect the Devnet wallet (no extension needed) to vote.",
  );
  console.log(
    `  - Open a proposal: decoded actions, risk flags, votes; vote, sign a ballot, queue and execute. All read from ${info.rpcUrl}.`,
  );
  console.log("\n  Ctrl-C stops the app and the devnet.\n");
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await shutdown(1);
}
