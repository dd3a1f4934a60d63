import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import type { DaoContracts } from "@/chain/sync/dao-streams";
import type { SinceRefusal } from "@/chain/sync/since";
import type { DaoEvent } from "@/domain/events/decode";
import { perfMark } from "@/lib/perf-mark";
import { daoOf, keyOf, streamsOf } from "./dao-logs";
import { decodeOffThread } from "./decode-off-thread";
import { getSyncEngine, getSyncStore } from "./sync-engines";

/** A DAO's core events above a block the caller holds a confirmed picture at, through the head of this visit's
 * sync (`syncedTo`, whose hash is `headHash`); or why they cannot be given (the full history is then needed). */
export type DaoDelta =
  | {
      ok: true;
      events: DaoEvent[];
      since: number;
      syncedTo: number;
      headHash: Hex;
      undecodable: number;
      /** The logs this browser holds in all (what the whole history costs to read back and decode). */
      storedLogs: number;
    }
  | SinceRefusal;

/** The block (and its hash) of a confirmed picture to go on from. */
export type DeltaFrom = { block: number; hash: Hex };

/**
 * The core stream's events since `from`, as soon as this visit's sync has committed its new logs (the sync
 * itself is the page's own: this neither starts one nor reads the whole history back). One per visit.
 */
export function daoDeltaQueryOptions(dao: DaoContracts | null, from: DeltaFrom | null) {
  const k = dao && from ? { ...keyOf(dao, "core"), from } : null;
  return queryOptions({
    queryKey: ["sync", "delta", k] as const,
    queryFn: k
      ? async ({ queryKey: [, , p] }): Promise<DaoDelta> => {
          if (!p) throw new Error("no DAO"); // unreachable: without one the query is skipToken
          const { from: at, ...key } = p;
          const d = daoOf(key);
          // The core stream, exactly as the proposal list's sync names it, so both wait on the same run.
          const specs = streamsOf(d, "core");
          const engine = await getSyncEngine(p.chainId);
          const r = await engine.since(specs, { number: at.block, hash: at.hash });
          perfMark("delta:logs");
          if (!r.ok) return r;
          const decoded = await decodeOffThread(
            r.streams.map((s) => ({
              logs: s.logs,
              finalizedCount: s.logs.filter((l) => l.blockNumber <= r.finalized).length,
            })),
          );
          const { syncedTo, head, storedLogs } = r;
          return { ok: true, ...decoded, since: p.from.block, syncedTo, headHash: head.hash, storedLogs };
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

/** The head this visit's sync of the core stream reads, as soon as it has it (before its logs), and how many
 * logs this browser holds in all (what reading the whole history back would cost). */
export type RunHead = { block: number; hash: Hex; storedLogs: number };

/** The head of the core stream's current or next sync, for a read pinned there to go out beside its getLogs;
 * one per visit, like the delta it goes with (`from`). */
export function daoRunHeadQueryOptions(dao: DaoContracts | null, from: DeltaFrom | null) {
  const k = dao && from ? { ...keyOf(dao, "core"), from } : null;
  return queryOptions({
    queryKey: ["sync", "run-head", k] as const,
    queryFn: k
      ? async ({ queryKey: [, , p] }): Promise<RunHead> => {
          if (!p) throw new Error("no DAO"); // unreachable: without one the query is skipToken
          const { from: _, ...key } = p;
          const specs = streamsOf(daoOf(key), "core");
          const [engine, store] = await Promise.all([getSyncEngine(p.chainId), getSyncStore()]);
          const [run, size] = await Promise.all([engine.head(specs), store.size()]);
          perfMark("run-head");
          return { block: run.head.number, hash: run.head.hash, storedLogs: size.logs };
        }
      : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** This visit's sync's head as soon as it is read (idle while `from` is null). */
export function useDaoRunHead(dao: DaoContracts | null, from: DeltaFrom | null) {
  return useQuery(daoRunHeadQueryOptions(dao, from));
}
