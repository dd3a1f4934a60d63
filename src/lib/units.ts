import { formatUnits } from "viem";

/** A token amount for people: grouped digits, at most `maxFraction` decimals (trailing zeros dropped), then the symbol. */
export function formatAmount(value: bigint, decimals: number, symbol = "", maxFraction = 4): string {
  const [whole = "0", fraction = ""] = formatUnits(value, decimals).split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cut = fraction.slice(0, maxFraction).replace(/0+$/, "");
  const tiny = cut === "" && /[1-9]/.test(fraction) && digits === "0";
  const text = tiny ? `<0.${"0".repeat(Math.max(0, maxFraction - 1))}1` : `${grouped}${cut ? `.${cut}` : ""}`;
  return `${negative ? "-" : ""}${text}${symbol ? ` ${symbol}` : ""}`;
}

/** Ether (18 decimals) with its symbol. */
export const formatEth = (wei: bigint, symbol = "ETH") => formatAmount(wei, 18, symbol);

/** 0x1234…abcd, for tight spaces; always pair it with the full address in a title or copy button. */
export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;
