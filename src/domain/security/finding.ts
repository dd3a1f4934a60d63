import type { Address } from "viem";

/** Which rule of the target scan raised a finding. */
export type FindingRule =
  | "no-code"
  | "created-after"
  | "code-changed"
  | "code-removed"
  | "history-unknown"
  | "selfdestruct"
  | "delegatecall"
  | "callcode"
  | "proxy"
  | "controls-dao"
  | "unlimited-approval"
  | "look-alike"
  | "claim-mismatch";

/** One thing the target scan found, in plain words; `action` is the 0-based action it concerns, if one. */
export type SecurityFinding = {
  rule: FindingRule;
  level: "critical" | "warning" | "info";
  title: string;
  detail: string;
  /** The account the finding is about (a target, a recipient, a proxy's admin). */
  address: Address;
  action?: number;
  /** For a look-alike: the known address it imitates, so both can be shown in full side by side. */
  resembles?: { address: Address; label: string };
};

const ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** Findings most severe first, then in action order (stable otherwise). */
export function sortFindings(findings: readonly SecurityFinding[]): SecurityFinding[] {
  return [...findings].sort((a, b) => ORDER[a.level] - ORDER[b.level] || (a.action ?? -1) - (b.action ?? -1));
}
