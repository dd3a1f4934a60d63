import type { AssetId, Flow } from "./types";

/** One point of an asset's balance: after every flow of that block. */
export type BalancePoint = { block: number; timestamp: number | null; balance: bigint };

/** An ERC-20's balance after each block that moved it, from its Transfer flows (exact: the treasury held
 * none before it existed, so the opening balance is zero). Negative values mean logs are missing. */
export function balanceSeries(flows: readonly Flow[], asset: AssetId): BalancePoint[] {
  const points: BalancePoint[] = [];
  let balance = 0n;
  for (const f of flows) {
    if (f.asset !== asset) continue;
    balance += f.direction === "in" ? f.amount : -f.amount;
    const last = points[points.length - 1];
    if (last && last.block === f.block) last.balance = balance;
    else points.push({ block: f.block, timestamp: f.timestamp, balance });
  }
  return points;
}

/** Sums of an asset's flows: what came in, what went out, and from how many logs. */
export function flowTotals(flows: readonly Flow[], asset: AssetId) {
  let inflow = 0n;
  let outflow = 0n;
  let logs = 0;
  for (const f of flows) {
    if (f.asset !== asset) continue;
    logs++;
    if (f.direction === "in") inflow += f.amount;
    else outflow += f.amount;
  }
  return { inflow, outflow, logs };
}

/** "2026-05" for a time in seconds (UTC: a month is the same for every reader). */
export const monthOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 7);

/** One month's outflows of an asset, by category. */
export type MonthOutflow = { month: string; funding: bigint; other: bigint };

/** Outflows of an asset per calendar month (UTC), from the first to the last month with a dated outflow,
 * empty months included so a chart's gaps are real. Flows without a known time are left out. */
export function monthlyOutflows(flows: readonly Flow[], asset: AssetId): MonthOutflow[] {
  const byMonth = new Map<string, MonthOutflow>();
  for (const f of flows) {
    if (f.asset !== asset || f.direction !== "out" || f.timestamp === null) continue;
    const month = monthOf(f.timestamp);
    const m = byMonth.get(month) ?? { month, funding: 0n, other: 0n };
    m[f.category] += f.amount;
    byMonth.set(month, m);
  }
  const months = [...byMonth.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const out: MonthOutflow[] = [];
  const [y0 = 1970, m0 = 1] = first.split("-").map(Number);
  // Months since year 0, so stepping needs no carry logic; 1,200 months caps a corrupt range.
  for (let n = y0 * 12 + m0 - 1, guard = 0; guard < 1_200; n++, guard++) {
    const key = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
    out.push(byMonth.get(key) ?? { month: key, funding: 0n, other: 0n });
    if (key === last) break;
  }
  return out;
}

/** The per-ERC-20 check: opening (0) + inflows − outflows from the logs against balanceOf read at `block`. */
export type Reconciliation =
  | { status: "reconciled"; block: number; computed: bigint; read: bigint; logs: number }
  | { status: "mismatch"; block: number; computed: bigint; read: bigint; logs: number }
  | { status: "unchecked"; block: number; computed: bigint; logs: number; why: string };

/** Reconciles an ERC-20's logged flows with the balance read at the same block (null: no read). */
export function reconcile(
  flows: readonly Flow[],
  asset: AssetId,
  read: bigint | null,
  block: number,
  whyUnread = "balanceOf could not be read at this block",
): Reconciliation {
  const t = flowTotals(flows, asset);
  const computed = t.inflow - t.outflow;
  if (read === null) return { status: "unchecked", block, computed, logs: t.logs, why: whyUnread };
  return { status: computed === read ? "reconciled" : "mismatch", block, computed, read, logs: t.logs };
}
