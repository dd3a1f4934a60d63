import type { Address } from "viem";
import { encodeFunctionData, parseAbi, zeroHash } from "viem";
import { describe, expect, it } from "vitest";
import { controlChangeFindings } from "./control-calls";

const T: Address = "0x1111111111111111111111111111111111111111";
const A: Address = "0x5555555555555555555555555555555555555555";
const abi = parseAbi([
  "function grantRole(bytes32,address)",
  "function transferOwnership(address)",
  "function upgradeToAndCall(address,bytes)",
  "function updateDelay(uint256)",
  "function setVotingPeriod(uint32)",
  "function updateTimelock(address)",
  "function mint(address,uint256)",
  "function transfer(address,uint256)",
]);
const act = (calldata: `0x${string}`) => ({ target: T, value: 0n, calldata });

describe("controlChangeFindings", () => {
  it.each([
    ["grantRole", [zeroHash, A], "roles", "critical"],
    ["transferOwnership", [A], "ownership", "critical"],
    ["upgradeToAndCall", [A, "0x"], "upgrade", "critical"],
    ["updateDelay", [0n], "timelock delay", "warning"],
    ["setVotingPeriod", [1], "governor settings", "warning"],
    ["updateTimelock", [A], "governor settings", "critical"],
    ["mint", [A, 5n], "minting", "warning"],
  ] as const)("flags %s as changing who controls the DAO (%s)", (functionName, args, kind, level) => {
    const data = encodeFunctionData({ abi, functionName, args } as never);
    const [f] = controlChangeFindings([act(data)]);
    expect(f).toMatchObject({
      rule: "controls-dao",
      level,
      title: "Changes who controls the DAO",
      action: 0,
    });
    expect(f?.detail).toBe(`Action 1 calls ${functionName} (${kind}).`);
  });

  it("leaves ordinary calls and plain transfers alone", () => {
    const transfer = encodeFunctionData({ abi, functionName: "transfer", args: [A, 1n] });
    expect(controlChangeFindings([act(transfer), act("0x")])).toEqual([]);
  });
});
