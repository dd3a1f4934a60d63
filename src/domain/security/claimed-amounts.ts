import { parseUnits } from "viem";
import type { DecodedAction } from "@/domain/actions/types";
import { formatAmount } from "@/lib/format";
import type { SecurityFinding } from "./finding";

const CLAIM = /(\d[\d,]*(?:\.\d+)?)\s*(k|m|thousand|million)?\s+([A-Za-z][A-Za-z0-9]{1,9})\b/gi;
const SCALE: Record<string, number> = { k: 3, thousand: 3, m: 6, million: 6 };

/** Amounts a text names per token symbol (lower case), in the token's base units. */
export function claimedAmounts(text: string, decimalsOf: ReadonlyMap<string, number>): Map<string, bigint[]> {
  const out = new Map<string, bigint[]>();
  for (const m of text.matchAll(CLAIM)) {
    const [, digits = "", scale, symbol = ""] = m;
    const decimals = decimalsOf.get(symbol.toLowerCase());
    if (decimals === undefined) continue;
    try {
      const value = parseUnits(
        digits.replaceAll(",", ""),
        decimals + (scale ? (SCALE[scale.toLowerCase()] ?? 0) : 0),
      );
      out.set(symbol.toLowerCase(), [...(out.get(symbol.toLowerCase()) ?? []), value]);
    } catch {
      // Not a number parseUnits accepts (too many decimals): not a claim.
    }
  }
  return out;
}

/** Actions that move an amount of a token the description talks about, when the description never names it. */
export function claimMismatchFindings(
  description: string,
  actions: readonly DecodedAction[],
): SecurityFinding[] {
  const moved = actions.flatMap((a) =>
    (a.call?.args ?? []).flatMap((x) => (x.amount ? [{ action: a, amount: x.amount }] : [])),
  );
  const decimalsOf = new Map(moved.map((m) => [m.amount.symbol.toLowerCase(), m.amount.decimals]));
  const claims = claimedAmounts(description, decimalsOf);
  return moved.flatMap(({ action, amount }): SecurityFinding[] => {
    const named = claims.get(amount.symbol.toLowerCase());
    if (!named || named.includes(amount.value)) return [];
    const said = [...new Set(named)];
    return [
      {
        rule: "claim-mismatch",
        level: "critical",
        address: action.target,
        action: action.index,
        title: "The description claims a different amount",
        detail: `Action ${action.index + 1} moves ${formatAmount(amount.value, amount.decimals, amount.decimals)} ${amount.symbol}; the description names ${said.map((v) => `${formatAmount(v, amount.decimals, amount.decimals)} ${amount.symbol}`).join(", ")}. Trust the actions, not the text.`,
      },
    ];
  });
}
