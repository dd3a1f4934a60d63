import { type AbiFunction, encodeFunctionData, parseAbiItem } from "viem";
import { describe, expect, it } from "vitest";
import { encodeCustom } from "@/domain/drafts/template-custom";
import { parseAbiText } from "./parse-abi";
import { argFromForm, emptyFormValue, formValueFromLoose } from "./values";

const p = (type: string, extra: object = {}) => ({ name: "x", type, ...extra });

describe("argFromForm", () => {
  it.each([
    ["address", "0x000000000000000000000000000000000000dead", "0x000000000000000000000000000000000000dEaD"],
    ["uint8", "255", 255n],
    ["int16", "-32768", -32768n],
    ["uint256", "0x10", 16n],
    ["bool", "true", true],
    ["bytes", "0xabcd", "0xabcd"],
    ["bytes4", "0xa9059cbb", "0xa9059cbb"],
    ["string", " spaced ", " spaced "],
  ])("%s %j", (type, text, value) => {
    expect(argFromForm(p(type), text)).toEqual({ ok: true, value });
  });

  it.each([
    ["address", "0x123", "Not an address (0x and 40 hex digits)."],
    ["uint8", "256", "uint8: too large (at most 255)."],
    ["uint8", "-1", "uint8 cannot be negative."],
    ["int8", "-129", "int8: below the smallest value."],
    ["uint256", "1.5", "uint256: enter a whole number."],
    ["bool", "yes", "bool: true or false."],
    ["bytes", "0xabc", "bytes: 0x and an even number of hex digits."],
    ["bytes32", "0xabcd", "bytes32: exactly 32 bytes (0x and 64 hex digits)."],
  ])("%s %j: %s", (type, text, error) => {
    expect(argFromForm(p(type), text)).toEqual({ ok: false, error, path: "x" });
  });

  it("scales an unsigned integer typed in human units", () => {
    expect(argFromForm(p("uint256"), "1.5", "x", 6)).toEqual({ ok: true, value: 1_500_000n });
    expect(argFromForm(p("uint256"), "1.1234567", "x", 6)).toMatchObject({
      ok: false,
      error: "Too many decimals: this token has 6.",
    });
  });

  it("converts fixed and dynamic arrays and nested tuples, naming the bad field's path", () => {
    const grants = {
      name: "grants",
      type: "tuple[]",
      components: [p("address", { name: "to" }), p("uint256[2]", { name: "split" })],
    };
    const ok = argFromForm(grants, [["0x000000000000000000000000000000000000dead", ["1", "2"]]]);
    expect(ok).toEqual({ ok: true, value: [["0x000000000000000000000000000000000000dEaD", [1n, 2n]]] });
    expect(argFromForm(grants, [["0x000000000000000000000000000000000000dead", ["1"]]])).toEqual({
      ok: false,
      error: "Exactly 2 items are needed.",
      path: "grants[0].split",
    });
    expect(emptyFormValue(grants)).toEqual([]);
    expect(emptyFormValue(grants.components[1] as never)).toEqual(["", ""]);
    expect(formValueFromLoose(grants, '[["0xdead",["1",2]]]')).toEqual([["0xdead", ["1", "2"]]]);
  });
});

describe("a custom call from a pasted human-readable ABI with a tuple", () => {
  it("encodes the same calldata as viem's encodeFunctionData", () => {
    const parsed = parseAbiText(
      "struct Grant { address to; uint256 amount; string memo; }\nfunction payGrant(Grant grant, bool urgent)",
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const choice = parsed.functions[0];
    const to = "0x00000000000000000000000000000000000000a1";
    const r = encodeCustom(
      "0x00000000000000000000000000000000000000b2",
      choice,
      [[to, "5000", "phase 2"], "true"],
      "",
    );
    const fn = parseAbiItem(
      "function payGrant((address to, uint256 amount, string memo) grant, bool urgent)",
    ) as AbiFunction;
    const expected = encodeFunctionData({
      abi: [fn],
      functionName: "payGrant",
      args: [{ to, amount: 5000n, memo: "phase 2" }, true],
    });
    expect(r).toEqual({ ok: true, actions: [expect.objectContaining({ calldata: expected, value: 0n })] });
  });

  it("refuses ETH for a non-payable function by sending none, and reads it for a payable one", () => {
    const parsed = parseAbiText("function deposit() payable");
    if (!parsed.ok) throw new Error(parsed.error);
    const r = encodeCustom("0x00000000000000000000000000000000000000b2", parsed.functions[0], [], "1.5");
    expect(r.ok && r.actions[0]?.value).toBe(1_500_000_000_000_000_000n);
  });
});
