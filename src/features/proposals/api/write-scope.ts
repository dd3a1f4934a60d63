import type { Address } from "viem";
import type { WriteStep } from "@/lib/write-step";

/** The governance actions a proposal page sends. */
export type WriteAction = "vote" | "ballot" | "queue" | "execute" | "cancel";

/** Whose write, on which proposal, doing what: a status belongs to exactly this. */
export type WriteScope = { account: Address; proposalId: bigint; action: WriteAction };

/** A write's step together with the scope it was sent for. */
export type ScopedStep = { scope: WriteScope; step: WriteStep };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The status to show for this account on this proposal (optionally only for some actions): the last write
 * sent for exactly them, else null, so a status never carries over to another account or proposal.
 */
export function statusFor(
  last: ScopedStep | null,
  account: Address | undefined,
  proposalId: bigint,
  actions?: readonly WriteAction[],
): ScopedStep | null {
  if (!last || !account) return null;
  const s = last.scope;
  if (!same(s.account, account) || s.proposalId !== proposalId) return null;
  if (actions && !actions.includes(s.action)) return null;
  return last;
}
