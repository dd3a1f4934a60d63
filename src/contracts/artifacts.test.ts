import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderArtifact } from "../../scripts/contracts/render";
import {
  type CompiledContract,
  compileContracts,
  DEPLOYABLES,
  GENERIC_ABIS,
  solcVersion,
} from "../../scripts/contracts/solidity";

const generated = (stem: string) => readFileSync(new URL(`./generated/${stem}.ts`, import.meta.url), "utf8");

describe("committed contract artifacts", () => {
  let fresh: CompiledContract[] = [];
  beforeAll(() => {
    fresh = compileContracts();
  });

  it.each([...DEPLOYABLES, ...GENERIC_ABIS].map((d) => d.exportName))(
    "%s matches a fresh compile (run `npm run contracts` if not)",
    (name) => {
      const contract = fresh.find((c) => c.exportName === name);
      if (!contract) throw new Error(`${name} missing from the compile output`);
      expect(generated(contract.fileStem)).toBe(renderArtifact(contract, solcVersion()));
    },
  );

  it("keeps every contract's creation code under the 24,576-byte deploy limit (runtime code is smaller)", () => {
    for (const c of fresh) expect((c.bytecode.length - 2) / 2, c.contractName).toBeLessThan(24_576);
  });
});
