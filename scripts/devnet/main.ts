import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startDevnet } from "./start";
import { devnetSummary } from "./summary";

// `npm run devnet`: start and seed, write .devnet/devnet.json, print a summary, run until Ctrl-C.
const infoFile = fileURLToPath(new URL("../../.devnet/devnet.json", import.meta.url));
const port = Number(process.env.DEVNET_PORT ?? 8545);

const devnet = await startDevnet({ port, writeInfoTo: infoFile });
console.log(await devnetSummary(devnet));
console.log(`\nWrote ${infoFile}. Ctrl-C stops anvil.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await devnet.stop();
  // Leave no pointer to a dead node behind (unless another devnet has since rewritten the file).
  if (existsSync(infoFile) && readFileSync(infoFile, "utf8").includes(`"${devnet.rpcUrl}"`)) rmSync(infoFile);
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
