import type { AssetRow } from "@/domain/treasury/assets";
import type { AssetId, AssetMeta } from "@/domain/treasury/types";
import { amountFormatter, blockText } from "./asset-format";

/** A compact list of every asset the treasury holds, with a link to the treasury page (for the overview). */
export function TreasurySummary({
  assets,
  meta,
  block,
  href,
}: {
  assets: readonly AssetRow[];
  meta: ReadonlyMap<AssetId, AssetMeta>;
  block: number;
  href: string;
}) {
  const fmt = amountFormatter(meta);
  return (
    <section className="panel treasury-summary" aria-labelledby="treasury-summary">
      <h2 id="treasury-summary">Treasury assets</h2>
      {assets.length === 0 ? (
        <p className="muted">The treasury holds nothing at block {blockText(block)}.</p>
      ) : (
        <ul>
          {assets.map((a) => (
            <li key={a.meta.id} title={a.source}>
              <span>
                {a.meta.symbol}
                {a.meta.oddity && <span className="treasury-flag"> {a.meta.oddity}</span>}
              </span>
              <span className="num">{fmt(a.meta.id, a.balance, false)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        At block {blockText(block)}. <a href={href}>Flows, pending outflows and runway</a>
      </p>
    </section>
  );
}
