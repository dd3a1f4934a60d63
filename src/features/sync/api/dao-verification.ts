import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { getPublicClient } from "@/chain/client";
import type { DaoContracts } from "@/chain/sync/dao-streams";
import { readVerificationInputs } from "@/chain/sync/verify-reads";
import { eventsNamed } from "@/domain/events/decode";
import { contentProposalId, idSchemeFrom } from "@/domain/verify/proposal-ids";
import { type Verification, verifyDao } from "@/domain/verify/verification";
import type { DaoLogs } from "./dao-logs";

/** Verifies a synced history at the block it covers: ids re-hashed, tallies against `proposalVotes`. The events
 * are keyed by what identifies them: the block, its hash (a reorg at the same height changes it) and their
 * count; the events themselves are too large for a key. */
export function daoVerificationQueryOptions(dao: DaoContracts, logs: DaoLogs | undefined) {
  const block = logs?.syncedTo ?? null;
  const events = logs?.events ?? [];
  const key = {
    chainId: dao.chainId,
    governor: dao.governor,
    block,
    headHash: logs?.headHash ?? null,
    events: events.length,
  };
  return queryOptions({
    queryKey: ["sync", "verify", key] as const,
    queryFn:
      logs === undefined || block === null
        ? skipToken
        : async ({ queryKey: [, , k] }): Promise<Verification> => {
            const at = k.block ?? 0;
            const created = eventsNamed(events, "ProposalCreated").map((e) => ({ ...e.args }));
            const votes = [
              ...eventsNamed(events, "VoteCast"),
              ...eventsNamed(events, "VoteCastWithParams"),
            ].map((e) => e.args);
            // Only ids that are not their content's hash are asked of the governor (sequential-id governors).
            const unhashed = created.filter((c) => contentProposalId(c) !== c.proposalId);
            const inputs = await readVerificationInputs(
              getPublicClient(k.chainId),
              k.governor,
              created[0],
              created.map((c) => c.proposalId),
              BigInt(at),
              unhashed,
            );
            return verifyDao({
              block: at,
              scheme: idSchemeFrom(created, inputs.hashFromGovernor, inputs.governorIds),
              created,
              votes,
              onchainTallies: inputs.tallies,
              governorIds: inputs.governorIds,
            });
          },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The verification of what `useDaoLogs` returned; the UI says "verified at block N" from `data.block`. */
export function useDaoVerification(dao: DaoContracts, logs: DaoLogs | undefined) {
  return useQuery(daoVerificationQueryOptions(dao, logs));
}
