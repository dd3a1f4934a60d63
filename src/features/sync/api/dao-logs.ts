import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { type DaoContracts, daoStreams } from "@/chain/sync/dao-streams";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import type { DaoEvent } from "@/domain/events/decode";
import { createBoundedMap } from "@/lib/bounded-map";
import { createIncrementalDecoder, type StreamInput } from "./incremental-decode";
import { getSyncEngine, onPushedHead } from "./sync-engines";

/** A DAO's decoded history. `syncedTo` is the block it is complete through. */
export type DaoLogs = {
  events: DaoEvent[];
  syncedTo: number | null;
  finalized: number | null;
  undecodable: number;
};

const streamsOf = (dao: DaoContracts) => daoStreams(dao, daoEventTopics, transferTopic);
const keyOf = (dao: DaoContracts) => ({ chainId: dao.chainId, address: dao.governor });
const logsKey = (chainId: number, governor: string) =>
  ["sync", "logs", { chainId, address: governor }] as const;

/** How often an open DAO page looks for new blocks (a warm sync: the head, an anchor, one getLogs). */
export const HEAD_POLL_MS = 12_000;
const PUSHED_SYNC_MIN_MS = 2_000;

type Decoded = Omit<DaoLogs, "syncedTo" | "finalized">;
type Synced = readonly StreamInput[];
type DecodeState = {
  decoder: ReturnType<typeof createIncrementalDecoder>;
  last: { shape: string; decoded: Decoded } | null;
};
/** Decoding state of the DAOs opened most recently (a DAO's decoded history can be tens of MB); one dropped
 * here is decoded afresh if opened again, while its query data stays in the query cache meanwhile. */
const KEEP_DECODED_DAOS = 4;
const decodeStates = createBoundedMap<string, DecodeState>(KEEP_DECODED_DAOS);

/** Identifies a sync's logs cheaply: per stream the count, the finalized count and the last log's place. */
function shapeOf(streams: Synced): string {
  return streams
    .map((s) => {
      const last = s.logs[s.logs.length - 1];
      return `${s.id}:${s.logs.length}:${s.finalizedCount}:${last?.blockHash}:${last?.logIndex}`;
    })
    .join("|");
}

/** Decodes a DAO's logs: the same result when no log changed (most head polls), otherwise only what is new
 * since the last decoding (the finalized prefix is kept decoded). */
async function decodeOnce(dao: DaoContracts, streams: Synced): Promise<Decoded> {
  const key = `${dao.chainId}:${dao.governor.toLowerCase()}`;
  const shape = shapeOf(streams);
  let state = decodeStates.get(key);
  if (state?.last?.shape === shape) return state.last.decoded;
  if (!state) {
    state = { decoder: createIncrementalDecoder(), last: null };
    decodeStates.set(key, state);
  }
  const decoded = await state.decoder.decode(streams);
  state.last = { shape, decoded };
  return decoded;
}

/** Syncs the DAO's streams (only missing ranges) and returns its decoded events. */
export function daoLogsQueryOptions(dao: DaoContracts) {
  return queryOptions({
    queryKey: logsKey(dao.chainId, dao.governor),
    queryFn: async (): Promise<DaoLogs> => {
      const engine = await getSyncEngine(dao.chainId);
      const r = await engine.sync(streamsOf(dao));
      const decoded = await decodeOnce(dao, r.streams);
      return { ...decoded, syncedTo: r.syncedTo, finalized: r.finalized };
    },
    staleTime: HEAD_POLL_MS,
    // New votes and state changes appear while the page is open; hidden tabs do not poll.
    refetchInterval: HEAD_POLL_MS,
    retry: 1,
  });
}

/** What is already cached, without the network: the first paint, labelled with the block it covers. */
export function daoCachedLogsQueryOptions(dao: DaoContracts) {
  return queryOptions({
    queryKey: ["sync", "cached", keyOf(dao)] as const,
    queryFn: async (): Promise<DaoLogs> => {
      const engine = await getSyncEngine(dao.chainId);
      const specs = streamsOf(dao);
      const cached = await Promise.all(specs.map((s) => engine.cached(s)));
      const coveredTo = cached
        .map((c) => c.coveredTo ?? -1)
        .reduce((a, b) => Math.min(a, b), Number.MAX_SAFE_INTEGER);
      const decoded = await decodeOnce(
        dao,
        cached.map((c, i) => ({
          id: specs[i]?.id ?? String(i),
          logs: c.logs,
          finalizedCount: c.logs.length,
        })),
      );
      const label = coveredTo < 0 || cached.length === 0 ? null : coveredTo;
      return { ...decoded, syncedTo: label, finalized: label };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A DAO's decoded events: cached ones at once, then the synced set; `isSyncing` while the network works. */
export function useDaoLogs(dao: DaoContracts | null) {
  const enabled = dao !== null;
  const placeholder: DaoContracts = {
    chainId: 0,
    governor: "0x0000000000000000000000000000000000000000",
    token: "0x0000000000000000000000000000000000000000",
    timelock: null,
  };
  const cached = useQuery({ ...daoCachedLogsQueryOptions(dao ?? placeholder), enabled });
  const fresh = useQuery({ ...daoLogsQueryOptions(dao ?? placeholder), enabled });
  const client = useQueryClient();
  const chainId = dao?.chainId;
  const governor = dao?.governor;
  // Where the node pushes heads (WebSocket), sync on each new head (at most every 2 s) instead of every 12 s.
  useEffect(() => {
    if (chainId === undefined || governor === undefined) return;
    let last = 0;
    return onPushedHead(chainId, () => {
      if (Date.now() - last < PUSHED_SYNC_MIN_MS) return;
      last = Date.now();
      void client.refetchQueries({
        queryKey: ["sync", "logs", { chainId, address: governor }],
        type: "active",
      });
    });
  }, [client, chainId, governor]);
  return {
    data: fresh.data ?? (cached.data && cached.data.syncedTo !== null ? cached.data : undefined),
    fromCache: fresh.data === undefined && cached.data?.syncedTo != null,
    // The first sync shows progress; the head polls after it run quietly (no bar flashing every 12 s).
    isSyncing: fresh.isFetching && fresh.data === undefined,
    error: fresh.error,
    refetch: fresh.refetch,
  };
}
