import { maxUint256 } from "viem";

/** A parsed amount, or the reason in a person's words. */
export type AmountResult = { ok: true; value: bigint } | { ok: false; error: string };

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d*(\.\d*)?$/;

/**
 * Parses a token amount typed in human units ("1,250.5" with 6 decimals → 1250500000n). Thousands
 * separators are accepted only in the unambiguous `1,234,567.89` form; "1,5" is refused rather than guessed.
 */
export function parseAmount(
  text: string,
  decimals: number,
  opts: { allowZero?: boolean } = {},
): AmountResult {
  const raw = text.trim().replace(/[\s\u00a0\u202f_]/g, "");
  if (raw === "") return { ok: false, error: "Enter an amount." };
  if (raw.startsWith("-")) return { ok: false, error: "The amount cannot be negative." };
  let plain = raw;
  if (raw.includes(",")) {
    if (!GROUPED.test(raw))
      return {
        ok: false,
        error: `"${text.trim()}" is ambiguous: use a dot for decimals (1250.5), commas only between thousands.`,
      };
    plain = raw.replaceAll(",", "");
  }
  if (!PLAIN.test(plain) || plain === ".") return { ok: false, error: `"${text.trim()}" is not a number.` };
  const [whole = "", fraction = ""] = plain.split(".");
  if (fraction.length > decimals)
    return {
      ok: false,
      error:
        decimals === 0
          ? "This token has no decimals: enter a whole number."
          : `Too many decimals: this token has ${decimals}.`,
    };
  const value = BigInt((whole || "0") + fraction.padEnd(decimals, "0"));
  if (value > maxUint256) return { ok: false, error: "The amount is too large." };
  if (value === 0n && !opts.allowZero) return { ok: false, error: "The amount must be more than zero." };
  return { ok: true, value };
}
