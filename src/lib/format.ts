import { formatUnits } from "viem";

/** 0x1234…abcd: the first 4 and last 4 hex digits of an address. */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

/** A token amount from its raw bigint: thousands grouped, at most `maxFraction` decimals, trailing zeros dropped;
 * "≈" in front when that cut digits that are not zero (the figure is then not the chain's exact amount). */
export function formatAmount(raw: bigint, decimals: number, maxFraction = 2): string {
  const negative = raw < 0n;
  const [whole = "0", fraction = ""] = formatUnits(negative ? -raw : raw, decimals).split(".");
  const grouped = formatInteger(BigInt(whole));
  const cut = fraction.slice(0, maxFraction).replace(/0+$/, "");
  const tiny = cut === "" && whole === "0" && /[1-9]/.test(fraction);
  if (tiny) return `${negative ? "> -" : "< "}0.${"0".repeat(Math.max(0, maxFraction - 1))}1`;
  const approx = /[1-9]/.test(fraction.slice(maxFraction)) ? "≈" : "";
  return `${approx}${negative ? "-" : ""}${grouped}${cut ? `.${cut}` : ""}`;
}

/** An amount with every digit its decimals carry (no rounding): for what a proposal would move, where
 * "1,300" for 1,300.000001 would hide the difference a voter must see. */
export function exactAmount(raw: bigint, decimals: number): string {
  return formatAmount(raw, decimals, decimals);
}

// One formatter: `toLocaleString` builds one per call (a 300-row list spent tens of ms in it).
const grouping = new Intl.NumberFormat("en-US");

/** A whole number with thousands grouped: 1234567n -> "1,234,567". */
export function formatInteger(value: bigint | number): string {
  return grouping.format(value);
}
