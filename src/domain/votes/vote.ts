import type { Address, Hex } from "viem";

/** GovernorCountingSimple's support values. */
export type Support = "against" | "for" | "abstain";

export const SUPPORT_BY_VALUE: readonly Support[] = ["against", "for", "abstain"];

export const SUPPORT_LABELS: Record<Support, string> = { for: "For", against: "Against", abstain: "Abstain" };

/** One VoteCast (or VoteCastWithParams) log. */
export type Vote = {
  voter: Address;
  support: Support;
  weight: bigint;
  reason: string;
  blockNumber: bigint;
  transactionHash: Hex;
  /** Set on each part of a split (fractional) vote: one log, up to three rows. */
  split?: true;
};

/** Support from the uint8 in VoteCast; values beyond GovernorCountingSimple's three are null. */
export function supportFromValue(value: number): Support | null {
  return SUPPORT_BY_VALUE[value] ?? null;
}

/** Sums votes by support, the same way the governor counts them. */
export function tallyFromVotes(votes: readonly Vote[]): { against: bigint; for: bigint; abstain: bigint } {
  const t = { against: 0n, for: 0n, abstain: 0n };
  for (const v of votes) t[v.support] += v.weight;
  return t;
}

/** Spreadsheet apps execute cells that start with = + - @: prefix them so an exported reason cannot run. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The voters list as CSV (weight in raw units and formatted by the caller's `formatWeight`). */
export function votesToCsv(votes: readonly Vote[], formatWeight: (w: bigint) => string): string {
  const header = ["voter", "support", "weight", "weight_raw", "reason", "block", "transaction"];
  const rows = votes.map((v) => [
    v.voter,
    SUPPORT_LABELS[v.support],
    formatWeight(v.weight),
    v.weight.toString(),
    v.reason,
    v.blockNumber.toString(),
    v.transactionHash,
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n");
}
