import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { anvilCacheDir } from "./anvil-cache";

const ANVIL_BIN = fileURLToPath(
  new URL("../../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil", import.meta.url),
);

/** A running anvil child process. */
export type AnvilProcess = { rpcUrl: string; process: ChildProcess; stop(): Promise<void> };

/** Asks the OS for a free TCP port on 127.0.0.1 (listen on 0, read it, close). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

async function rpcAnswers(rpcUrl: string): Promise<boolean> {
  try {
    const res = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      // Something else may hold the port and never answer.
      signal: AbortSignal.timeout(1_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Starts anvil with 20 funded accounts and a genesis at `genesisTimestamp`.
 * cancun (see scripts/contracts/solidity.ts) and a 256-state history window keep mining
 * thousands of blocks cheap (11k empty blocks: ~1-2 s instead of ~22 s) while the latest 256 blocks
 * stay callable; logs, blocks and receipts are kept for the whole chain either way.
 */
export async function startAnvil(opts: {
  port: number;
  host: string;
  genesisTimestamp: number;
  /** Keep every block's state (eth_call at any height); mining gets ~10x slower as the chain grows. */
  fullHistory?: boolean;
}): Promise<AnvilProcess> {
  const args = [
    ...["--host", opts.host, "--port", String(opts.port)],
    ...["--accounts", "20", "--balance", "10000", "--chain-id", "31337"],
    ...["--hardfork", "cancun", "--timestamp", String(opts.genesisTimestamp)],
    ...(opts.fullHistory ? [] : ["--prune-history", "256"]),
  ];
  const cache = anvilCacheDir();
  const child = spawn(ANVIL_BIN, [...args, ...cache.args], { stdio: ["ignore", "pipe", "pipe"] });
  child.once("exit", cache.remove);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    if (output.length < 4000) output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // A crashed or process.exit()-ing parent must not leave anvil behind.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));
  const rpcUrl = `http://${opts.host}:${opts.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 10_000;
  while (!(await rpcAnswers(rpcUrl))) {
    if (child.exitCode !== null) throw new Error(`anvil exited (${child.exitCode}): ${output.trim()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`anvil did not answer on ${rpcUrl} within 10 s: ${output.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { rpcUrl, process: child, stop };
}
