import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { type Address, toEventSelector } from "viem";
import { charterStreams, syncCharterStreams } from "@/chain/sync/charter-streams";
import { charterEventsAbi } from "@/domain/events/dao-events-abi";
import { type DaoEvent, decodeStreams } from "@/domain/events/decode";
import { describeError } from "@/lib/errors";
import { getSyncEngine } from "./sync-engines";

/** Charter events of a DAO's candidate charters, complete through `syncedTo`. */
export type TargetLogs = {
  events: DaoEvent[];
  syncedTo: number | null;
  /** Candidates whose logs could not be synced, with the reason in a person's words. */
  failed: { address: Address; reason: string }[];
  undecodable: number;
};

/** Which candidates to sync, and the core sync's block this follows (so both move together). */
export type TargetLogsParams = {
  chainId: number;
  governor: Address;
  targets: readonly Address[];
  after: number;
};

const reasonOf = (error: unknown) => {
  const d = describeError(error);
  return d.detail ? `${d.title} ${d.detail}` : d.title;
};

const charterTopics = charterEventsAbi.map((e) => toEventSelector(e));

/** Syncs the PrincipleRatified / PrincipleRetired logs of the given targets (only missing ranges). */
export function targetLogsQueryOptions(p: TargetLogsParams | typeof skipToken) {
  return queryOptions({
    queryKey: ["sync", "target-logs", p === skipToken ? null : p] as const,
    queryFn:
      p === skipToken
        ? skipToken
        : async ({ queryKey }): Promise<TargetLogs> => {
            const params = queryKey[2];
            if (!params) throw new Error("no targets to sync");
            if (params.targets.length === 0)
              return { events: [], syncedTo: params.after, failed: [], undecodable: 0 };
            const engine = await getSyncEngine(params.chainId);
            const r = await syncCharterStreams(
              engine,
              charterStreams(params.chainId, params.targets, charterTopics),
            );
            const decoded = decodeStreams(r.streams);
            return {
              ...decoded,
              syncedTo: r.syncedTo,
              failed: r.failed.map((f) => ({ address: f.address, reason: reasonOf(f.error) })),
            };
          },
    retry: 1,
  });
}

/** The charter logs of a DAO's candidate charters; keeps the last result while the next sync runs. */
export function useTargetLogs(p: TargetLogsParams | typeof skipToken) {
  return useQuery({ ...targetLogsQueryOptions(p), placeholderData: (previous) => previous });
}
