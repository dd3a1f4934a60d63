import { type Address, isAddressEqual } from "viem";
import type { TargetScanResult } from "@/chain/reads/code-scan-history";
import type { Action } from "@/domain/actions/types";
import { unlimitedApprovalFindings } from "./approvals";
import { controlChangeFindings } from "./control-calls";
import { type SecurityFinding, sortFindings } from "./finding";
import { type KnownAddress, lookAlikeFindings } from "./look-alike";
import { targetCodeFindings } from "./target-code";

/** One scanned target: which actions call it, its scan, and what its code says. */
export type ScannedTarget = {
  address: Address;
  actions: number[];
  scan: TargetScanResult;
  findings: SecurityFinding[];
};

/** The whole target scan of a set of actions, at one block. */
export type TargetScanReport = {
  blockNumber: bigint;
  targets: ScannedTarget[];
  /** Findings about the calls themselves (control changes, approvals, look-alikes), most severe first. */
  calls: SecurityFinding[];
  /** Every finding, most severe first. */
  all: SecurityFinding[];
};

const isPayment = (a: Action | undefined) => !!a && a.calldata === "0x" && a.value > 0n;

// ETH sent to an account without code is how a grant pays a person: say so, without the alarm of a call that does nothing.
const asPayee = (f: SecurityFinding): SecurityFinding =>
  f.rule === "no-code" && f.title.startsWith("No code")
    ? {
        ...f,
        level: "info",
        title: "No code: a plain account receiving ETH",
        detail: "Only ETH is sent here, and no code runs; code may appear here later (CREATE2 or EIP-7702).",
      }
    : f;

/** Joins the chain's scans with the rules: per-target code findings and per-call findings. */
export function targetScanReport(
  actions: readonly Action[],
  scans: readonly TargetScanResult[],
  known: readonly KnownAddress[],
  blockNumber: bigint,
  /** Findings from rules outside the scan (the description's claims), listed with the calls'. */
  extra: readonly SecurityFinding[] = [],
): TargetScanReport {
  const targets = scans.map((scan) => {
    const calls = actions.flatMap((a, i) => (isAddressEqual(a.target, scan.address) ? [i] : []));
    const paidOnly = calls.length > 0 && calls.every((i) => isPayment(actions[i]));
    const findings = targetCodeFindings(scan).map((f) => (paidOnly ? asPayee(f) : f));
    return { address: scan.address, actions: calls, scan, findings: sortFindings(findings) };
  });
  const calls = sortFindings([
    ...controlChangeFindings(actions),
    ...unlimitedApprovalFindings(actions),
    ...lookAlikeFindings(actions, known),
    ...extra,
  ]);
  return {
    blockNumber,
    targets,
    calls,
    all: sortFindings([...targets.flatMap((t) => t.findings), ...calls]),
  };
}
