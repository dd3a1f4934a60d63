import { describe, expect, it } from "vitest";
import { parseAtBlock } from "./at-block";

describe("parseAtBlock", () => {
  it.each([
    [undefined, { kind: "head" }],
    ["", { kind: "head" }],
    ["latest", { kind: "head" }],
    ["1234", { kind: "block", block: 1234 }],
    [1234, { kind: "block", block: 1234 }],
    ["12,345", { kind: "block", block: 12345 }],
    ["-5", { kind: "invalid", raw: "-5" }],
    ["0x10", { kind: "invalid", raw: "0x10" }],
    ["abc", { kind: "invalid", raw: "abc" }],
    ["1e9", { kind: "invalid", raw: "1e9" }],
  ])("%s → %j", (raw, expected) => {
    expect(parseAtBlock(raw)).toEqual(expected);
  });
});
