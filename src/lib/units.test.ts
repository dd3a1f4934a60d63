import { describe, expect, it } from "vitest";
import { formatAmount, formatEth, shortAddress } from "./units";

describe("formatAmount", () => {
  it.each([
    [40_000_000_000n, 6, "tUSD", "40,000 tUSD"],
    [1_234_567_890_000_000_000_000_000n, 18, "AIC", "1,234,567.89 AIC"],
    [1n, 18, "AIC", "<0.0001 AIC"],
    [0n, 18, "", "0"],
    [-1_500_000n, 6, "tUSD", "-1.5 tUSD"],
    [123_456_789n, 6, "", "123.4567"],
  ])("%s with %i decimals", (value, decimals, symbol, text) => {
    expect(formatAmount(value, decimals, symbol)).toBe(text);
  });

  it("never loses precision on huge amounts", () => {
    expect(formatAmount(10n ** 30n + 1n, 0)).toBe("1,000,000,000,000,000,000,000,000,000,001");
  });

  it("formats ether and addresses", () => {
    expect(formatEth(2_500_000_000_000_000_000n)).toBe("2.5 ETH");
    expect(shortAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).toBe("0x7099…79C8");
  });
});
