import type { Address } from "viem";
import type { AssetId, AssetMeta } from "./types";

/** A token's metadata as read (null: the call reverted). */
export type TokenMetaRead = {
  token: Address;
  symbol: string | null;
  symbolKind: "string" | "bytes32" | null;
  decimals: number | null;
};

/** Display metadata with a visible label for whatever was odd: bytes32 symbol, no symbol, no decimals. */
export function assetMeta(read: TokenMetaRead): AssetMeta {
  const odd: string[] = [];
  if (read.symbolKind === "bytes32") odd.push("bytes32 symbol");
  if (read.symbol === null) odd.push("no symbol()");
  if (read.decimals === null) odd.push("no decimals(): whole units");
  const symbol = read.symbol?.trim()
    ? read.symbol.trim().slice(0, 16)
    : `${read.token.slice(0, 6)}…${read.token.slice(-4)}`;
  return {
    id: read.token.toLowerCase() as AssetId,
    symbol,
    decimals: read.decimals ?? 0,
    oddity: odd.length ? odd.join(", ") : null,
  };
}

/** ETH's metadata. */
export const ETH_META: AssetMeta = { id: "ETH", symbol: "ETH", decimals: 18, oddity: null };

/** One row of the assets table: balance, where it came from, and its share of the listed total. */
export type AssetRow = {
  meta: AssetMeta;
  balance: bigint;
  /** "balanceOf at block N", "sum of 14 Transfer logs", … */
  source: string;
  /** Share of the listed total in basis points (whole-token units, no prices). */
  shareBps: number;
};

/** Share of each asset in the listed total, in basis points, where amounts are comparable: the listed total is
 * taken in whole-token units (amount / 10^decimals) since no prices are fetched; the caption says so. */
export function sharesBps(rows: readonly { balance: bigint; decimals: number }[]): number[] {
  // Scale every balance to 18 decimals so whole-token units compare; still bigint math.
  const scaled = rows.map((r) =>
    r.balance > 0n ? r.balance * 10n ** BigInt(Math.max(0, 18 - r.decimals)) : 0n,
  );
  const total = scaled.reduce((a, b) => a + b, 0n);
  return scaled.map((s) => (total === 0n ? 0 : Number((s * 10_000n) / total)));
}

/** Every token that ever moved to or from the treasury (from the Transfer logs), plus the listed ones. */
export function discoveredTokens(
  events: readonly { eventName: string; address: Address; args: unknown }[],
  treasury: Address,
  listed: readonly Address[] = [],
): Address[] {
  const t = treasury.toLowerCase();
  const out = new Set(listed.map((a) => a.toLowerCase()));
  for (const e of events) {
    if (e.eventName !== "Transfer") continue;
    const { from, to } = e.args as { from: string; to: string };
    if (from.toLowerCase() === t || to.toLowerCase() === t) out.add(e.address.toLowerCase());
  }
  return [...out].sort() as Address[];
}
