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

/** Joins the chain's scans with the rules: per-target code findings and per-call findings. */
export function targetScanReport(
  actions: readonly Action[],
  scans: readonly TargetScanResult[],
  known: readonly KnownAddress[],
  blockNumber: bigint,
  /** Findings from rules outside the scan (the description's claims), listed with the calls'. */
  extra: readonly SecurityFinding[] = [],
): TargetScanReport {
  const targets = scans.map((scan) => ({
    address: scan.address,
    actions: actions.flatMap((a, i) => (isAddressEqual(a.target, scan.address) ? [i] : [])),
    scan,
    findings: sortFindings(targetCodeFindings(scan)),
  }));
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
