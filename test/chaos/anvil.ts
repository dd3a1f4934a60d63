import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findFreePort } from "../../scripts/devnet/anvil";
import { anvilCacheDir } from "../../scripts/devnet/anvil-cache";

const ANVIL = fileURLToPath(
  new URL("../../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil", import.meta.url),
);

/** Sends one JSON-RPC call and returns its result (throws on an error). */
export async function rpcCall<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** Starts a bare anvil on a free port; resolves when it answers (polling every 50 ms, `tries` times: a big
 * --load-state takes longer). */
export async function startAnvil(args: string[] = [], tries = 200) {
  const port = await findFreePort();
  const cache = anvilCacheDir();
  const child: ChildProcess = spawn(ANVIL, ["--port", String(port), "--silent", ...args, ...cache.args], {
    stdio: "ignore",
  });
  child.once("exit", cache.remove);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await rpcCall(url, "eth_chainId");
      break;
    } catch (e) {
      if (i > tries) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
