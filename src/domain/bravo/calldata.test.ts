import { encodeAbiParameters, encodeFunctionData, parseAbi } from "viem";
import { describe, expect, it } from "vitest";
import { fullCalldata, fullCalldatas } from "./calldata";

const to = "0x1111111111111111111111111111111111111111";
const args = encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [to, 5n]);
const whole = encodeFunctionData({
  abi: parseAbi(["function transfer(address,uint256)"]),
  functionName: "transfer",
  args: [to, 5n],
});

describe("fullCalldata", () => {
  it("joins a Compound-style signature and its arguments into the call the timelock makes", () => {
    expect(fullCalldata("transfer(address,uint256)", args)).toBe(whole);
  });
  it("leaves OpenZeppelin's calldata alone when the signature is empty", () => {
    expect(fullCalldatas(["", ""], [whole, "0x"])).toEqual([whole, "0x"]);
  });
});
