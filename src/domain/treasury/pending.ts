import { type Address, decodeFunctionData, erc20Abi, type Hex } from "viem";
import type { ProposalState } from "@/domain/proposals/state";
import type { Tally } from "@/domain/votes/tally";
import type { AssetId } from "./types";

/** A proposal that has not run yet, with what it would do and where its vote stands. */
export type PendingProposal = {
  id: bigint;
  title: string;
  state: ProposalState;
  tally: Tally | null;
  /** Seconds; set when queued. */
  eta: bigint | null;
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
};

/** One payment a proposal would make from the treasury. */
export type Payment = { asset: AssetId; amount: bigint; to: Address };

/** How sure a pending outflow is: queued (committed, with its eta), succeeded (likely), active with For
 * ahead of Against (possible). */
export type Tier = "committed" | "likely" | "possible";
export const TIERS: readonly Tier[] = ["committed", "likely", "possible"];

/** The ETH values and ERC-20 `transfer` / `transferFrom(treasury, …)` calls of a proposal's actions. */
export function paymentsOf(
  p: Pick<PendingProposal, "targets" | "values" | "calldatas">,
  treasury: Address,
): Payment[] {
  const out: Payment[] = [];
  const self = treasury.toLowerCase();
  // A payment to the treasury itself never leaves it: not a pending outflow.
  const push = (x: Payment) => {
    if (x.to.toLowerCase() !== self) out.push(x);
  };
  p.targets.forEach((target, k) => {
    const value = p.values[k] ?? 0n;
    if (value > 0n) push({ asset: "ETH", amount: value, to: target });
    const data = p.calldatas[k];
    if (!data || data.length < 10) return;
    try {
      const call = decodeFunctionData({ abi: erc20Abi, data });
      const asset = target.toLowerCase() as Address;
      if (call.functionName === "transfer") push({ asset, amount: call.args[1], to: call.args[0] });
      if (call.functionName === "transferFrom" && call.args[0].toLowerCase() === self)
        push({ asset, amount: call.args[2], to: call.args[1] });
    } catch {
      // Not an ERC-20 payment (another function, or calldata that does not decode).
    }
  });
  return out;
}

/** Which tier a proposal is in, or null when it will not pay (defeated, canceled, executed, pending). */
export function tierOf(p: Pick<PendingProposal, "state" | "tally">): Tier | null {
  if (p.state === "Queued") return "committed";
  if (p.state === "Succeeded") return "likely";
  if (p.state === "Active" && p.tally && p.tally.for > p.tally.against) return "possible";
  return null;
}

/** One tier: its proposals with their payments, the total per asset, and the balances left after it (and
 * after every surer tier). */
export type TierSummary = {
  tier: Tier;
  proposals: { proposal: PendingProposal; payments: Payment[] }[];
  totals: Map<AssetId, bigint>;
  balancesAfter: Map<AssetId, bigint>;
};

/** Pending outflows by tier, each tier's balances counting the surer tiers as paid. */
export function pendingTiers(
  proposals: readonly PendingProposal[],
  balances: ReadonlyMap<AssetId, bigint>,
  treasury: Address,
): TierSummary[] {
  const left = new Map(balances);
  return TIERS.map((tier) => {
    const inTier = proposals
      .filter((p) => tierOf(p) === tier)
      .map((proposal) => ({ proposal, payments: paymentsOf(proposal, treasury) }));
    const totals = new Map<AssetId, bigint>();
    for (const { payments } of inTier)
      for (const pay of payments) totals.set(pay.asset, (totals.get(pay.asset) ?? 0n) + pay.amount);
    for (const [asset, amount] of totals) left.set(asset, (left.get(asset) ?? 0n) - amount);
    return { tier, proposals: inTier, totals, balancesAfter: new Map(left) };
  });
}
