import { erc20Abi } from "viem";
import { describe, expect, it } from "vitest";
import { parseAbiText } from "./parse-abi";

describe("parseAbiText", () => {
  it("reads JSON ABIs and artifacts, keeping only state-changing functions", () => {
    const r = parseAbiText(JSON.stringify(erc20Abi));
    expect(r.ok && r.functions.map((f) => f.signature)).toEqual([
      "approve(address,uint256)",
      "transfer(address,uint256)",
      "transferFrom(address,address,uint256)",
    ]);
    const artifact = parseAbiText(JSON.stringify({ abi: erc20Abi, bytecode: "0x" }));
    expect(artifact.ok && artifact.functions).toHaveLength(3);
  });

  it("reads human-readable signatures, with or without the `function` keyword, and structs", () => {
    const r = parseAbiText(
      "struct Grant { address to; uint256 amount; }\nfunction pay(Grant g)\ntransfer(address to, uint256 amount)",
    );
    expect(r.ok && r.functions.map((f) => f.signature)).toEqual([
      "pay((address,uint256))",
      "transfer(address,uint256)",
    ]);
  });

  it("tells overloads apart by signature and selector", () => {
    const r = parseAbiText(
      "function safeTransferFrom(address,address,uint256)\nfunction safeTransferFrom(address,address,uint256,bytes)",
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.functions.map((f) => f.signature)).toEqual([
      "safeTransferFrom(address,address,uint256)",
      "safeTransferFrom(address,address,uint256,bytes)",
    ]);
    expect(r.functions[0]?.selector).toBe("0x42842e0e");
    expect(r.functions[1]?.selector).toBe("0xb88d4fde");
  });

  it.each([
    ["", "Paste an ABI: JSON, or one signature a line."],
    ["[{", "The ABI starts like JSON but is not valid JSON."],
    ['{"name":"x"}', "The JSON is not an ABI (an array of entries)."],
    ['[{"name":"x"}]', 'ABI entry 1 has no "type".'],
    ["function transfer(address to,", "Line 1 is not a valid signature: function transfer(address to,"],
    [
      "function balanceOf(address) view returns (uint256)",
      "The ABI has no function that changes state (only views, events or errors).",
    ],
  ])("refuses %j", (text, error) => {
    expect(parseAbiText(text)).toEqual({ ok: false, error });
  });
});
