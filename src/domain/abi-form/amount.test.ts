import { describe, expect, it } from "vitest";
import { parseAmount } from "./amount";

describe("parseAmount", () => {
  it.each([
    ["1", 6, 1_000_000n],
    ["1250.5", 6, 1_250_500_000n],
    ["1,250.5", 6, 1_250_500_000n],
    ["1,000,000", 0, 1_000_000n],
    [" 2 500.25 ", 2, 250_025n],
    [".5", 18, 500_000_000_000_000_000n],
    ["0.000001", 6, 1n],
  ])("%s with %i decimals is %s", (text, decimals, expected) => {
    expect(parseAmount(text, decimals)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", 6, "Enter an amount."],
    ["-1", 6, "The amount cannot be negative."],
    ["0", 6, "The amount must be more than zero."],
    ["0.0", 6, "The amount must be more than zero."],
    ["1.1234567", 6, "Too many decimals: this token has 6."],
    ["1.5", 0, "This token has no decimals: enter a whole number."],
    ["1,5", 6, '"1,5" is ambiguous: use a dot for decimals (1250.5), commas only between thousands.'],
    [
      "1.000,50",
      6,
      '"1.000,50" is ambiguous: use a dot for decimals (1250.5), commas only between thousands.',
    ],
    ["1e18", 18, '"1e18" is not a number.'],
    ["abc", 18, '"abc" is not a number.'],
    [`1${"0".repeat(78)}`, 0, "The amount is too large."],
  ])("%s with %i decimals: %s", (text, decimals, error) => {
    expect(parseAmount(text, decimals)).toEqual({ ok: false, error });
  });

  it("accepts zero only when asked", () => {
    expect(parseAmount("0", 18, { allowZero: true })).toEqual({ ok: true, value: 0n });
  });
});
