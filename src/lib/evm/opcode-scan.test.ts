import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import { aiCommonsGovernorBytecode } from "@/contracts/generated/ai-commons-governor";
import { aiCommonsTokenBytecode } from "@/contracts/generated/ai-commons-token";
import { computeGuildGovernorBytecode } from "@/contracts/generated/compute-guild-governor";
import { computeGuildTokenBytecode } from "@/contracts/generated/compute-guild-token";
import { ethicsCharterBytecode } from "@/contracts/generated/ethics-charter";
import { testUsdBytecode } from "@/contracts/generated/test-usd";
import { timelockControllerBytecode } from "@/contracts/generated/timelock-controller";
import { detectClone, scanBytecode } from "./opcode-scan";

const IMPL = "bebebebebebebebebebebebebebebebebebebebe";
// A solc-shaped metadata tail: {"ipfs": 34 bytes, "solc": 0.8.37}, then its length (0x0033).
const META = `a264697066735822${"ff".repeat(34)}64736f6c6343000825${"0033"}`;
const found = (code: Hex) => scanBytecode(code).hits.map((h) => `${h.opcode}@${h.offset}`);

describe("scanBytecode", () => {
  it.each<[string, Hex, string[]]>([
    ["SELFDESTRUCT alone", "0xff", ["SELFDESTRUCT@0"]],
    ["DELEGATECALL after PUSH1", "0x6001f4", ["DELEGATECALL@2"]],
    ["CALLCODE after PUSH0 (no data)", "0x5ff2", ["CALLCODE@1"]],
    ["all three, in order", "0x6000ff5ff45ff2", ["SELFDESTRUCT@2", "DELEGATECALL@4", "CALLCODE@6"]],
    ["0xff as PUSH1 data", "0x60ff00", []],
    ["f4 f2 ff inside PUSH32 data", `0x7f${"f4f2ff".repeat(10)}f4f200`, []],
    ["an opcode right after PUSH32 data", `0x7f${"ff".repeat(32)}ff`, ["SELFDESTRUCT@33"]],
    ["PUSH2 data then CALLCODE", "0x61fff4f2", ["CALLCODE@3"]],
    ["the metadata tail is not code", `0x600000${META}`, []],
    ["code before the metadata still is", `0x6000ff${META}`, ["SELFDESTRUCT@2"]],
  ])("%s", (_name, code, hits) => {
    expect(found(code)).toEqual(hits);
  });

  it("lists each opcode once in a fixed order and names the metadata", () => {
    const scan = scanBytecode(`0x5ff25ff4ff5ff4${META}`);
    expect(scan.opcodes).toEqual(["SELFDESTRUCT", "DELEGATECALL", "CALLCODE"]);
    expect(scan.metadata).toEqual({ length: 53, solc: "0.8.37", sourceHash: "ipfs" });
    expect(scan.size).toBe(7 + 53);
  });

  it("treats code that only ends in two bytes as having no metadata", () => {
    expect(scanBytecode("0x6000ff0003").metadata).toBeNull();
    expect(found("0x6000ff0003")).toEqual(["SELFDESTRUCT@2"]);
  });

  it("notices a PUSH that runs past the end", () => {
    expect(scanBytecode("0x61ff").truncatedPush).toBe(true);
    expect(scanBytecode("0x61ffff").truncatedPush).toBe(false);
  });

  it("reports an account without code as empty", () => {
    expect(scanBytecode("0x")).toMatchObject({ size: 0, hits: [], clone: null, delegatedTo: null });
  });

  it("refuses text that is not bytecode", () => {
    expect(() => scanBytecode("0xzz" as Hex)).toThrow(/Not bytecode/);
    expect(() => scanBytecode("0xfff" as Hex)).toThrow(/Not bytecode/);
  });

  it("recognises an EIP-7702 delegated account and does not scan the designator as code", () => {
    const scan = scanBytecode(`0xef0100${IMPL}`);
    expect(scan.delegatedTo?.toLowerCase()).toBe(`0x${IMPL}`);
    expect(scan.hits).toEqual([]);
  });
});

describe("detectClone", () => {
  const clone = `363d3d373d3d3d363d73${IMPL}5af43d82803e903d91602b57fd5bf3`;
  const clone7511 = `365f5f375f5f365f73${IMPL}5af43d5f5f3e5f3d91602a57fd5bf3`;
  const bytes = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));

  it("finds the implementation of an EIP-1167 clone, whose code delegates", () => {
    const scan = scanBytecode(`0x${clone}`);
    expect(scan.clone?.kind).toBe("EIP-1167");
    expect(scan.clone?.implementation.toLowerCase()).toBe(`0x${IMPL}`);
    expect(scan.opcodes).toEqual(["DELEGATECALL"]);
  });

  it("finds the PUSH0 variant (ERC-7511)", () => {
    expect(detectClone(bytes(clone7511))?.kind).toBe("ERC-7511");
  });

  it("does not call near misses clones", () => {
    expect(detectClone(bytes(`${clone}00`))).toBeNull();
    expect(detectClone(bytes(clone.replace("5af4", "5af1")))).toBeNull();
  });
});

describe("the compiled demo contracts", () => {
  it.each([
    ["AICommonsGovernor", aiCommonsGovernorBytecode],
    ["AICommonsToken", aiCommonsTokenBytecode],
    ["ComputeGuildGovernor", computeGuildGovernorBytecode],
    ["ComputeGuildToken", computeGuildTokenBytecode],
    ["EthicsCharter", ethicsCharterBytecode],
    ["TestUSD", testUsdBytecode],
    ["TimelockController", timelockControllerBytecode],
  ])("%s: creation code with solc 0.8.37 metadata, no risky opcode, no clone", (_name, code) => {
    const scan = scanBytecode(code);
    expect(scan.metadata).toMatchObject({ solc: "0.8.37", sourceHash: "ipfs" });
    expect(scan.hits).toEqual([]);
    expect(scan.clone).toBeNull();
    expect(scan.truncatedPush).toBe(false);
  });
});
