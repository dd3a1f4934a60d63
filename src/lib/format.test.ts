import { describe, expect, it } from "vitest";
import { exactAmount, formatAmount, formatInteger, shortAddress } from "./format";

describe("formatAmount", () => {
  it.each([
    [1_000_000n * 10n ** 18n, 18, "1,000,000"],
    [1_234_567_891n, 6, "≈1,234.56"],
    [1_234_560_000n, 6, "1,234.56"],
    [15n * 10n ** 17n, 18, "1.5"],
    [0n, 18, "0"],
    [1n, 18, "< 0.01"],
    [-25n * 10n ** 17n, 18, "-2.5"],
  ])("%s with %d decimals -> %s", (raw, decimals, text) => expect(formatAmount(raw, decimals)).toBe(text));

  it("honours the fraction limit", () => {
    expect(formatAmount(1_234_567n, 6, 4)).toBe("≈1.2345");
    expect(formatAmount(-1_234_567n, 6, 4)).toBe("≈-1.2345");
  });
});

describe("exactAmount", () => {
  it("keeps every digit a truncated figure would drop", () => {
    expect(formatAmount(1_300_000_001n, 6)).toBe("≈1,300");
    expect(exactAmount(1_300_000_001n, 6)).toBe("1,300.000001");
    expect(exactAmount(1n, 18)).toBe("0.000000000000000001");
    expect(exactAmount(-15n * 10n ** 17n, 18)).toBe("-1.5");
    expect(exactAmount(42n, 0)).toBe("42");
  });
});

describe("shortAddress / formatInteger", () => {
  it("shortens addresses and groups integers", () => {
    expect(shortAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).toBe("0x7099…79C8");
    expect(formatInteger(1234567n)).toBe("1,234,567");
  });
});
