import { flowTotals } from "./series";
import type { AssetId, Flow } from "./types";

/** Average month: 365.2425 / 12 days, in seconds. */
export const MONTH_SECONDS = 2_629_746;

/** How long an asset lasts at its recent spending: months, with the window it averages over. */
export type Runway = {
  asset: AssetId;
  windowMonths: number;
  /** Funding outflows dated inside the window. */
  spent: bigint;
  outflows: number;
  /** Per month, rounded down. */
  monthlyAverage: bigint;
  /** Months the balance covers (one decimal); null when nothing was spent in the window (no rate to divide by). */
  months: number | null;
  /** The same after the committed and likely pending outflows are paid; null as above. */
  monthsAfterPending: number | null;
};

/** Months, to one decimal, that `balance` covers at `spent` per `windowMonths` (bigint math: no float of an
 * amount; the quotient of two amounts is a plain number of months). */
function monthsCovered(balance: bigint, spent: bigint, windowMonths: number): number | null {
  if (spent <= 0n) return null;
  if (balance <= 0n) return 0;
  return Number((balance * BigInt(windowMonths) * 10n) / spent) / 10;
}

/** Runway of an asset: funding outflows in the `windowMonths` before `now` (seconds), averaged per month, against
 * the balance and against the balance minus `pending` (what surer pending tiers will pay). */
export function runway(
  flows: readonly Flow[],
  asset: AssetId,
  balance: bigint,
  pending: bigint,
  now: number,
  windowMonths = 6,
): Runway {
  const since = now - windowMonths * MONTH_SECONDS;
  const inWindow = flows.filter(
    (f) =>
      f.direction === "out" &&
      f.category === "funding" &&
      f.timestamp !== null &&
      f.timestamp > since &&
      f.timestamp <= now,
  );
  const spent = flowTotals(inWindow, asset).outflow;
  return {
    asset,
    windowMonths,
    spent,
    outflows: inWindow.filter((f) => f.asset === asset).length,
    monthlyAverage: spent / BigInt(windowMonths),
    months: monthsCovered(balance, spent, windowMonths),
    monthsAfterPending: monthsCovered(balance - pending, spent, windowMonths),
  };
}
