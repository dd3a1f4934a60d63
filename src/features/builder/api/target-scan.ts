import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { scanTargets } from "@/chain/reads/code-scan-history";
import type { Action, KnownContract } from "@/domain/actions/types";
import { findingLines, findingPlace } from "@/domain/security/finding-lines";
import { targetScanReport } from "@/domain/security/target-report";
import { describeError } from "@/lib/errors";

/** Inputs of a draft's target scan (amounts as decimal strings: the key hashes as JSON). */
export type DraftScanParams = {
  chainId: number;
  governor: Address;
  actions: { target: Address; value: string; calldata: `0x${string}` }[];
  /** Bumped by "run again", so a re-run reads the head afresh. */
  run: number;
};

/** Scans a draft's targets at the head (nothing to compare with: it is not proposed yet). */
export function draftScanQueryOptions(p: DraftScanParams | null) {
  return queryOptions({
    queryKey: ["builder", "target-scan", p] as const,
    queryFn:
      p === null
        ? skipToken
        : ({ queryKey: [, , k] }) => {
            if (k === null) throw new Error("No draft to scan.");
            return scanTargets(getPublicClient(k.chainId), {
              targets: k.actions.map((a) => a.target),
              proposedAt: null,
            });
          },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** A pre-flight line: pass, warning or fail. */
type Line = { level: "pass" | "warn" | "fail"; text: string };

/** The scan's pre-flight lines, and whether it failed (then the pre-flight's own code check stands in). */
export type DraftScanLines = { lines: Line[]; failed: boolean };

const LEVEL = { critical: "fail", warning: "warn", info: "pass" } as const;

/** The target code scan as pre-flight lines, one per account per finding (empty while it runs). */
export function useDraftScanLines(
  draft: DraftScanParams | null,
  known: readonly KnownContract[],
): DraftScanLines {
  // Only what the scan reads goes into the key: editing the description does not re-scan.
  const p = draft && {
    chainId: draft.chainId,
    governor: draft.governor,
    actions: draft.actions,
    run: draft.run,
  };
  const q = useQuery(draftScanQueryOptions(p));
  if (!p) return { lines: [], failed: false };
  if (q.error)
    return {
      lines: [
        { level: "warn", text: `Target code scan could not be checked: ${describeError(q.error).title}` },
      ],
      failed: true,
    };
  if (!q.data) return { lines: [], failed: false };
  const actions: Action[] = p.actions.map((a) => ({ ...a, value: BigInt(a.value) }));
  const report = targetScanReport(
    actions,
    q.data,
    known.map((k) => ({ address: k.address, label: k.label })),
    q.data[0]?.blockNumber ?? 0n,
  );
  const at = report.blockNumber.toLocaleString("en-US");
  if (report.all.length === 0)
    return {
      lines: [
        {
          level: "pass",
          text: `Target code scan at block ${at}: every target has code without SELFDESTRUCT, DELEGATECALL or CALLCODE and is not a proxy; no call changes control, approves without limit or names a look-alike of the DAO's contracts.`,
        },
      ],
      failed: false,
    };
  const lines = findingLines(report.all).map((f) => ({
    level: LEVEL[f.level],
    text: `Target scan (${findingPlace(f)}): ${f.title}. ${f.detail}`,
  }));
  return { lines, failed: false };
}
