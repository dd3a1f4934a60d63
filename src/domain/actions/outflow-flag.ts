import { exactAmount, shortAddress } from "@/lib/format";
import type { OutflowCheck } from "./outflows";
import type { RiskFlag } from "./risk";

/** "action 2", "actions 1 and 3", "actions 1, 2 and 4" (one-based, as the page numbers them). */
export function actionsText(indexes: readonly number[]): string {
  const n = indexes.map((i) => String(i + 1));
  if (n.length === 1) return `action ${n[0]}`;
  return `actions ${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
}

/** "60,000 tUSD", or raw units of an unidentified token. */
export function outflowAmountText(
  o: Pick<OutflowCheck, "asset" | "symbol" | "decimals">,
  raw: bigint,
): string {
  if (o.symbol === null || o.decimals === null)
    return `${raw.toLocaleString("en-US")} raw units of token ${shortAddress(o.asset)}`;
  return `${exactAmount(raw, o.decimals)} ${o.symbol}`;
}

/** A share in basis points as a percent with at most two decimals: 1053n -> "10.53%". */
export const percentText = (bps: bigint) => `${Number(bps) / 100}%`;

/** The flag for one asset's summed outflow: large (≥ 10%), most of it (≥ 50%), more than held, or not compared. */
export function outflowFlag(o: OutflowCheck): RiskFlag | null {
  const action = o.actions[0] ?? 0;
  const sends = `${actionsText(o.actions).replace(/^a/, "A")} ${o.actions.length > 1 ? "together send" : "sends"} ${outflowAmountText(o, o.amount)}`;
  if (o.balance === null) {
    return {
      level: "warning",
      action,
      title: "Outflow not compared with the treasury",
      detail: `${sends}; the treasury's balance of this asset could not be read, so its size is unknown.`,
    };
  }
  if (o.amount > o.balance) {
    return {
      level: "critical",
      action,
      title: "Sends more than the treasury holds",
      detail: `${sends}, but the treasury holds ${outflowAmountText(o, o.balance)}: execution would fail unless funds arrive first.`,
    };
  }
  if (o.shareBps === null || o.shareBps < 1_000n) return null;
  return {
    level: o.shareBps >= 5_000n ? "critical" : "warning",
    action,
    title: "Large treasury outflow",
    detail: `${sends}: ${percentText(o.shareBps)} of the treasury's ${outflowAmountText(o, o.balance)}.`,
  };
}
