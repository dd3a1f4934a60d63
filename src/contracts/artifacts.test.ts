import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderArtifact } from "../../scripts/contracts/render";
import { compileContracts, solcVersion } from "../../scripts/contracts/solidity";

const generated = (stem: string) => readFileSync(new URL(`./generated/${stem}.ts`, import.meta.url), "utf8");

describe("committed contract artifacts", () => {
  const fresh = compileContracts();

  it.each(fresh.map((c) => [c.fileStem, c] as const))(
    "generated/%s.ts matches a fresh compile (run `npm run contracts` if not)",
    (_stem, contract) => {
      expect(generated(contract.fileStem)).toBe(renderArtifact(contract, solcVersion()));
    },
  );

  it("keeps every deployed runtime under the 24,576-byte limit (creation code is an upper bound)", () => {
    for (const c of fresh) expect((c.bytecode.length - 2) / 2, c.contractName).toBeLessThan(24_576);
  });
});
