import type { Address } from "viem";
import { encodeFunctionData, erc20Abi, maxUint256 } from "viem";
import { describe, expect, it } from "vitest";
import { codeWith, scanOf } from "../../../test/support/target-scans";
import { targetScanReport } from "./target-report";

const TOKEN: Address = "0x1111111111111111111111111111111111111111";
const EMPTY: Address = "0x2222222222222222222222222222222222222222";
const SPENDER: Address = "0x5555555555555555555555555555555555555555";

describe("targetScanReport", () => {
  it("joins each target with the actions that call it, and lists call findings apart, most severe first", () => {
    const actions = [
      {
        target: TOKEN,
        value: 0n,
        calldata: encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [SPENDER, maxUint256] }),
      },
      { target: EMPTY, value: 1n, calldata: "0x" as const },
      { target: TOKEN, value: 0n, calldata: "0x" as const },
    ];
    const r = targetScanReport(
      actions,
      [scanOf(TOKEN), scanOf(EMPTY, { code: codeWith(0), history: { kind: "absent", proposedAt: 1n } })],
      [],
      100n,
    );
    expect(r.targets.map((t) => [t.address, t.actions])).toEqual([
      [TOKEN, [0, 2]],
      [EMPTY, [1]],
    ]);
    expect(r.calls.map((f) => f.rule)).toEqual(["unlimited-approval"]);
    expect(r.all.map((f) => f.rule)).toEqual(["unlimited-approval", "no-code"]);
  });
});

describe("targetScanReport, accounts without code", () => {
  const empty = scanOf(EMPTY, { code: codeWith(0), history: { kind: "absent", proposedAt: 1n } });

  it("calls an account that is only paid ETH a payee (info), not a call that does nothing", () => {
    const r = targetScanReport([{ target: EMPTY, value: 5n, calldata: "0x" }], [empty], [], 100n);
    expect(r.all.map((f) => [f.level, f.title])).toEqual([
      ["info", "No code: a plain account receiving ETH"],
    ]);
  });

  it("warns when an account without code is called with data or with nothing at all", () => {
    for (const action of [
      { target: EMPTY, value: 0n, calldata: "0x" as const },
      { target: EMPTY, value: 1n, calldata: "0x12345678" as const },
    ]) {
      const r = targetScanReport([action], [empty], [], 100n);
      expect(r.all.map((f) => [f.level, f.title])).toEqual([["warning", "No code: a plain account"]]);
    }
  });
});
