import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { type DaoContracts, daoStreams } from "@/chain/sync/dao-streams";
import type { SinceRefusal } from "@/chain/sync/since";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import type { DaoEvent } from "@/domain/events/decode";
import { perfMark } from "@/lib/perf-mark";
import { decodeOffThread } from "./decode-off-thread";
import { getSyncEngine } from "./sync-engines";

/** A DAO's core events above a block the caller holds a confirmed picture at, through the head of this visit's
 * sync (`syncedTo`, whose hash is `headHash`); or why they cannot be given (the full history is then needed). */
export type DaoDelta =
  | { ok: true; events: DaoEvent[]; since: number; syncedTo: number; headHash: Hex; undecodable: number }
  | SinceRefusal;

/** The block (and its hash) of a confirmed picture to go on from. */
export type DeltaFrom = { block: number; hash: Hex };

/**
 * The core stream's events since `from`, as soon as this visit's sync has committed its new logs (the sync
 * itself is the page's own: this neither starts one nor reads the whole history back). One per visit.
 */
export function daoDeltaQueryOptions(dao: DaoContracts | null, from: DeltaFrom | null) {
  const k =
    dao && from
      ? {
          chainId: dao.chainId,
          governor: dao.governor,
          token: dao.token,
          timelock: dao.timelock,
          charter: dao.charter ?? null,
          deployBlock: dao.deployBlock ?? null,
          from,
        }
      : null;
  return queryOptions({
    queryKey: ["sync", "delta", k] as const,
    queryFn: k
      ? async ({ queryKey: [, , p] }): Promise<DaoDelta> => {
          if (!p) throw new Error("no DAO"); // unreachable: without one the query is skipToken
          const d: DaoContracts = { ...p, deployBlock: p.deployBlock ?? undefined };
          // The core stream, exactly as the proposal list's sync names it, so both wait on the same run.
          const specs = daoStreams(d, daoEventTopics, transferTopic).slice(0, 1);
          const engine = await getSyncEngine(p.chainId);
          const r = await engine.since(specs, { number: p.from.block, hash: p.from.hash });
          perfMark("delta:logs");
          if (!r.ok) return r;
          const decoded = await decodeOffThread(
            r.streams.map((s) => ({
              logs: s.logs,
              finalizedCount: s.logs.filter((l) => l.blockNumber <= r.finalized).length,
            })),
          );
          return { ok: true, ...decoded, since: p.from.block, syncedTo: r.syncedTo, headHash: r.head.hash };
        }
      : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The DAO's core events since `from` (see daoDeltaQueryOptions); idle while `from` is null. */
export function useDaoDelta(dao: DaoContracts | null, from: DeltaFrom | null) {
  return useQuery(daoDeltaQueryOptions(dao, from));
}
