import type { AssetId, AssetMeta } from "@/domain/treasury/types";
import { formatAmount } from "@/lib/format";

/** A formatter for amounts of any asset of the report, with its symbol. */
export function amountFormatter(meta: ReadonlyMap<AssetId, AssetMeta>) {
  return (asset: AssetId, raw: bigint, withSymbol = true) => {
    const m = meta.get(asset);
    const text = formatAmount(raw, m?.decimals ?? 0, 4);
    return withSymbol ? `${text} ${m?.symbol ?? asset.slice(0, 8)}` : text;
  };
}

/** A date in the reader's locale; "—" when the block's time is not known. */
export const dateOf = (seconds: number | null) =>
  seconds === null
    ? "—"
    : new Date(seconds * 1000).toLocaleDateString(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
      });

/** "12,345". */
export const blockText = (b: number) => b.toLocaleString("en-US");
