import { createRequire } from "node:module";
import { type AbiFunction, toFunctionSignature } from "viem";
import { describe, expect, it } from "vitest";
import {
  alphaProposalsAbi,
  alphaReceiptAbi,
  compoundGovernorAbi,
  compoundTimelockAbi,
  compoundTokenAbi,
} from "./bravo-abi";

const require = createRequire(import.meta.url);
type Artifact = { abi: readonly (AbiFunction | { type: string })[] };
const artifact = (name: string): Artifact => require(`@uniswap/governance/build/${name}.json`);
const functions = (a: Artifact) =>
  new Map(
    a.abi
      .filter((x): x is AbiFunction => x.type === "function")
      .map((f) => [toFunctionSignature(f), f.outputs.map((o) => o.type).join(",")]),
  );

describe("the Compound-lineage ABIs Plenum calls", () => {
  it("match Uniswap's published GovernorAlpha and Timelock, signature and outputs", () => {
    const published = new Map([
      ...functions(artifact("GovernorAlpha")),
      ...functions(artifact("Timelock")),
      ...functions(artifact("Uni")),
    ]);
    const ours = [
      ...compoundGovernorAbi,
      ...alphaProposalsAbi,
      ...alphaReceiptAbi,
      ...compoundTimelockAbi,
      ...compoundTokenAbi,
    ];
    for (const f of ours) {
      const sig = toFunctionSignature(f);
      expect(published.has(sig), sig).toBe(true);
      expect(published.get(sig), sig).toBe(f.outputs.map((o) => o.type).join(","));
    }
  });
});
