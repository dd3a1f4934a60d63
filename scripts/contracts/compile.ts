import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderArtifact } from "./render";
import { compileContracts, solcVersion } from "./solidity";

const outDir = fileURLToPath(new URL("../../src/contracts/generated/", import.meta.url));

const started = performance.now();
const contracts = compileContracts();
mkdirSync(outDir, { recursive: true });
for (const c of contracts) {
  writeFileSync(`${outDir}${c.fileStem}.ts`, renderArtifact(c, solcVersion()));
  const size = (c.bytecode.length - 2) / 2;
  console.log(
    `${c.contractName.padEnd(22)} ${String(size).padStart(6)} bytes  -> generated/${c.fileStem}.ts`,
  );
}
console.log(
  `compiled ${contracts.length} contracts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
