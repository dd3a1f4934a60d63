import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "../scripts/devnet/anvil";
import { devnetLoads } from "./app-devnet-load";

const ROOT = new URL("../", import.meta.url).pathname;

/** Resolves with the app URL `npm start` prints, or rejects when it exits first or takes over `timeoutMs`. */
function appUrlOf(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no URL in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}):\n${seen.slice(-2000)}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /Plenum: (http:\/\/\S+)/.exec(seen)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
  });
}

/**
 * What a new user of `npm start` gets: starts it as they would (`tsx scripts/start.ts`: a seeded devnet and
 * `vite preview` of a fresh build, on free ports; it reuses a devnet that `.devnet/devnet.json` names if that
 * one still answers), times the proposals page (cold and reload, medians of `repeat`, see
 * app-devnet-load.ts), and stops it (start.ts then stops the devnet it started and removes its file).
 */
export async function devnetReload(repeat: number, timeoutMs = 900_000) {
  const [appPort, devnetPort] = [await findFreePort(), await findFreePort()];
  const infoFile = join(ROOT, ".devnet", "devnet.json");
  const reused = existsSync(infoFile);
  const t0 = performance.now();
  const child = spawn(join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, PLENUM_PORT: String(appPort), DEVNET_PORT: String(devnetPort) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const url = await appUrlOf(child, timeoutMs);
    const startSeconds = (performance.now() - t0) / 1000;
    const loads = await devnetLoads(url, infoFile, repeat);
    return { ...loads, startSeconds, reusedDevnet: reused };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM"); // start.ts stops its devnet and vite preview on SIGTERM
      await exited;
    }
  }
}
