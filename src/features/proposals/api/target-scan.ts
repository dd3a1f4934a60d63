import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { scanTargets } from "@/chain/reads/code-scan-history";
import type { KnownContract } from "@/domain/actions/types";
import type { Proposal } from "@/domain/proposals/proposal";
import { claimMismatchFindings } from "@/domain/security/claimed-amounts";
import { knownAddresses } from "@/domain/security/look-alike";
import { targetScanReport } from "@/domain/security/target-report";

/** Every input of one proposal's target scan (blocks as decimal strings: keys are hashed as JSON). */
export type TargetScanKeyParams = {
  chainId: number;
  governor: Address;
  targets: Address[];
  block: string;
  proposedAt: string;
};

/** Scans a proposal's targets at the page's block and compares them with their code when it was proposed. */
export function targetScanQueryOptions(p: TargetScanKeyParams | null) {
  return queryOptions({
    queryKey: ["proposals", "target-scan", p] as const,
    queryFn:
      p === null
        ? skipToken
        : ({ queryKey: [, , k] }) => {
            if (k === null) throw new Error("No targets to scan.");
            return scanTargets(getPublicClient(k.chainId), {
              targets: k.targets,
              blockNumber: BigInt(k.block),
              proposedAt: BigInt(k.proposedAt),
            });
          },
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

/** The target scan report of one proposal, compared against the DAO's contracts and earlier proposals' recipients. */
export function useTargetScan(
  dao: { chainId: number; governor: Address },
  proposal: Proposal | undefined,
  data: { proposals: readonly Proposal[]; known: readonly KnownContract[]; blockNumber: bigint } | undefined,
) {
  const params: TargetScanKeyParams | null =
    proposal && data
      ? {
          chainId: dao.chainId,
          governor: dao.governor,
          targets: proposal.actions.map((a) => a.target),
          block: data.blockNumber.toString(),
          proposedAt: proposal.createdBlock.toString(),
        }
      : null;
  const q = useQuery(targetScanQueryOptions(params));
  const report = useMemo(() => {
    if (!q.data || !proposal || !data) return null;
    const earlier = data.proposals.filter((p) => p.createdBlock < proposal.createdBlock);
    const known = knownAddresses(
      data.known.map((k) => ({ address: k.address, label: k.label })),
      earlier.flatMap((p) => p.actions),
    );
    const claims = claimMismatchFindings(proposal.description.text, proposal.decoded);
    return targetScanReport(proposal.actions, q.data, known, data.blockNumber, claims);
  }, [q.data, proposal, data]);
  return { report, error: q.error, isPending: q.isPending && params !== null, refetch: q.refetch };
}
