import type { Address } from "viem";
import { encodeFunctionData, erc20Abi, erc721Abi, maxUint256 } from "viem";
import { describe, expect, it } from "vitest";
import { UNLIMITED, unlimitedApprovalFindings } from "./approvals";

const T: Address = "0x1111111111111111111111111111111111111111";
const S: Address = "0x5555555555555555555555555555555555555555";
const approve = (amount: bigint) => ({
  target: T,
  value: 0n,
  calldata: encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [S, amount] }),
});

describe("unlimitedApprovalFindings", () => {
  it("flags type(uint256).max and anything from 2^255 up", () => {
    expect(unlimitedApprovalFindings([approve(maxUint256)])[0]?.detail).toMatch(/type\(uint256\)\.max/);
    expect(unlimitedApprovalFindings([approve(UNLIMITED)])[0]).toMatchObject({
      rule: "unlimited-approval",
      address: S,
    });
  });

  it("leaves bounded approvals alone", () => {
    expect(unlimitedApprovalFindings([approve(10n ** 30n), approve(0n)])).toEqual([]);
  });

  it("flags setApprovalForAll(true) but not (false)", () => {
    const all = (on: boolean) => ({
      target: T,
      value: 0n,
      calldata: encodeFunctionData({ abi: erc721Abi, functionName: "setApprovalForAll", args: [S, on] }),
    });
    expect(unlimitedApprovalFindings([all(true)])).toHaveLength(1);
    expect(unlimitedApprovalFindings([all(false)])).toEqual([]);
  });
});
