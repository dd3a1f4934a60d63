import { ratio } from "@/domain/analytics/concentration";
import { formatAmount } from "@/lib/format";

/** The DAO token's display facts: decimals (0 for tokens with none, e.g. ERC721Votes) and symbol. */
export type TokenUnits = { decimals: number; symbol: string };

/** "1,200 AIC" from a raw amount. */
export const amount = (raw: bigint, t: TokenUnits) => `${formatAmount(raw, t.decimals)} ${t.symbol}`;

/** "12.3%" of a total (bigint ratio; "–" when the total is zero). */
export const percent = (part: bigint, total: bigint) =>
  total === 0n ? "–" : `${(ratio(part, total) * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;

/** A signed amount for changes: "+1,200", "−300", "0" ("≈+1.23" when digits were cut). */
export function signedAmount(raw: bigint, t: TokenUnits): string {
  if (raw === 0n) return "0";
  const text = formatAmount(raw > 0n ? raw : -raw, t.decimals);
  const approx = text.startsWith("≈") ? "≈" : "";
  return `${approx}${raw > 0n ? "+" : "−"}${text.slice(approx.length)}`;
}
