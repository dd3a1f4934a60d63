import { queryOptions, skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { type DaoContracts, daoStreams } from "@/chain/sync/dao-streams";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import type { DaoEvent } from "@/domain/events/decode";
import { createBoundedMap } from "@/lib/bounded-map";
import { watchDecodeAhead } from "./decode-ahead";
import { createIncrementalDecoder, type StreamInput } from "./incremental-decode";
import { createPushedSync } from "./pushed-sync";
import { getSyncEngine, onPushedHead } from "./sync-engines";

/** A DAO's decoded history. `syncedTo` is the block it is complete through, `headHash` that block's hash
 * (null for the cache): together with the count of events they identify the set for keys built on it. */
export type DaoLogs = {
  events: DaoEvent[];
  syncedTo: number | null;
  headHash: string | null;
  finalized: number | null;
  undecodable: number;
};

/** Which of a DAO's streams a page needs: `core` (governor, token, timelock, charter: proposals, votes,
 * delegation, supply) or `all` (plus the two treasury-transfer streams the treasury and overview need). */
export type DaoScope = "core" | "all";
/** The streams a scope syncs (the core stream first). */
export const streamsOf = (dao: DaoContracts, scope: DaoScope) => {
  const all = daoStreams(dao, daoEventTopics, transferTopic);
  return scope === "core" ? all.slice(0, 1) : all;
};
/** Every input of a DAO's sync, as a key part (the governor address named `governor`, as in every area). */
export const keyOf = (dao: DaoContracts, scope: DaoScope) => ({
  scope,
  chainId: dao.chainId,
  governor: dao.governor,
  token: dao.token,
  timelock: dao.timelock,
  charter: dao.charter ?? null,
  deployBlock: dao.deployBlock ?? null,
  treasuryTokens: dao.treasuryTokens ?? [],
});
/** The DAO a key part describes (the inverse of keyOf). */
export const daoOf = ({ scope: _, ...k }: ReturnType<typeof keyOf>): DaoContracts => ({
  ...k,
  ...(k.deployBlock === null ? { deployBlock: undefined } : { deployBlock: k.deployBlock }),
});

/** How often an open DAO page looks for new blocks (a warm sync: the head, and only after a new block one
 * getLogs per stream group; see the README). */
export const HEAD_POLL_MS = 12_000;
const PUSHED_SYNC_MIN_MS = 2_000;

type Decoded = Omit<DaoLogs, "syncedTo" | "headHash" | "finalized">;
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

const decoderKey = (dao: DaoContracts) => `${dao.chainId}:${dao.governor.toLowerCase()}`;

/** Decodes a DAO's logs: the same result when no log changed (most head polls), otherwise only what is new
 * since the last decoding (the finalized prefix is kept decoded). */
async function decodeOnce(dao: DaoContracts, streams: Synced): Promise<Decoded> {
  const key = decoderKey(dao);
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

/** The DAO a query key names, its streams and its chain's sync engine. */
async function engineOf(k: ReturnType<typeof keyOf> | null) {
  if (!k) throw new Error("no DAO"); // unreachable: without a DAO the query is skipToken
  const d = daoOf(k);
  return { d, specs: streamsOf(d, k.scope), engine: await getSyncEngine(d.chainId) };
}

// One sync at a time per chain: a page's core sync and the treasury streams fetched after its paint share the
// core stream, and two runs must not write the same blocks of it at once.
const queues = new Map<number, Promise<unknown>>();
function oneAtATime<T>(chainId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(chainId) ?? Promise.resolve()).catch(() => undefined).then(work);
  queues.set(chainId, next);
  return next;
}

/** Syncs the DAO's streams (only missing ranges) and returns its decoded events. */
export function daoLogsQueryOptions(dao: DaoContracts | null, scope: DaoScope = "all") {
  return queryOptions({
    queryKey: ["sync", "logs", dao ? keyOf(dao, scope) : null] as const,
    queryFn: dao
      ? async ({ queryKey: [, , k] }): Promise<DaoLogs> => {
          const { d, specs, engine } = await engineOf(k);
          // A stream decoded here for the first time is decoded chunk by chunk while the sync fetches it.
          const known = decodeStates.get(decoderKey(d))?.decoder;
          const unwatch = watchDecodeAhead(specs.map((s) => s.id).filter((id) => !known?.knows(id)));
          try {
            const r = await oneAtATime(d.chainId, () => engine.sync(specs));
            const decoded = await decodeOnce(d, r.streams);
            return { ...decoded, syncedTo: r.syncedTo, headHash: r.head.hash, finalized: r.finalized };
          } finally {
            unwatch();
          }
        }
      : skipToken,
    staleTime: HEAD_POLL_MS,
    // New votes and state changes appear while the page is open; hidden tabs do not poll.
    refetchInterval: HEAD_POLL_MS,
    retry: 1,
  });
}

/** When a page reads this browser's copy of the history: `now`, or `if-needed` (a page that paints from a list
 * of its own): only if this visit's sync has not committed its new logs within CACHED_GRACE_MS, or fails. A
 * sync that commits reads the history back itself, and a copy read meanwhile would hold its commit (IndexedDB
 * runs a write after the reads before it) and the main thread. */
export type CachedCopyWhen = "now" | "if-needed";
/** How long an `if-needed` copy waits for the sync's commit before it is read anyway (a slow or silent chain). */
export const CACHED_GRACE_MS = 3_000;
const NOT_READ: DaoLogs = { events: [], syncedTo: null, headHash: null, finalized: null, undecodable: 0 };

/** What is already cached, without the network: the first paint, labelled with the block it covers. */
export function daoCachedLogsQueryOptions(
  dao: DaoContracts | null,
  scope: DaoScope = "all",
  when: CachedCopyWhen = "now",
) {
  return queryOptions({
    queryKey: ["sync", "cached", dao ? { ...keyOf(dao, scope), when } : null] as const,
    queryFn: dao
      ? async ({ queryKey: [, , p] }): Promise<DaoLogs> => {
          if (!p) throw new Error("no DAO"); // unreachable: without a DAO the query is skipToken
          const { when, ...k } = p;
          const { d, specs, engine } = await engineOf(k);
          if (when === "if-needed") {
            let timer: ReturnType<typeof setTimeout> | undefined;
            const late = new Promise<false>((r) => {
              timer = setTimeout(() => r(false), CACHED_GRACE_MS);
            });
            const committed = await Promise.race([engine.committed(specs), late]);
            clearTimeout(timer);
            // Committed: the sync's own read-back brings the history (a failure after it is the sync's error).
            if (committed) return NOT_READ;
          }
          const cached = await Promise.all(specs.map((s) => engine.cached(s)));
          const coveredTo = cached
            .map((c) => c.coveredTo ?? -1)
            .reduce((a, b) => Math.min(a, b), Number.MAX_SAFE_INTEGER);
          const decoded = await decodeOnce(
            d,
            cached.map((c, i) => ({
              id: specs[i]?.id ?? String(i),
              logs: c.logs,
              finalizedCount: c.logs.length,
            })),
          );
          const label = coveredTo < 0 || cached.length === 0 ? null : coveredTo;
          return { ...decoded, syncedTo: label, headHash: null, finalized: label };
        }
      : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A DAO's decoded events (of `scope`'s streams): cached ones at once (`cachedCopy`: see CachedCopyWhen; null:
 * not yet known, wait), then the synced set; `isSyncing` while the network works. */
export function useDaoLogs(
  dao: DaoContracts | null,
  scope: DaoScope = "all",
  cachedCopy: CachedCopyWhen | null = "now",
) {
  const client = useQueryClient();
  // The sync starts while the page renders (its list from a snapshot can take tens of ms), not once the render
  // is committed, when useQuery would start it; the query below then finds it in flight.
  const syncOptions = daoLogsQueryOptions(dao, scope);
  if (dao && !client.getQueryState(syncOptions.queryKey)) void client.prefetchQuery(syncOptions);
  const cached = useQuery({
    ...daoCachedLogsQueryOptions(dao, scope, cachedCopy ?? "now"),
    enabled: cachedCopy !== null,
  });
  const fresh = useQuery(syncOptions);
  const chainId = dao?.chainId;
  const governor = dao?.governor;
  // Where the node pushes heads (WebSocket), sync on each new head (at most every 2 s) instead of every 12 s.
  useEffect(() => {
    if (chainId === undefined || governor === undefined) return;
    // A partial key: every synced DAO of this governor (TanStack matches key objects by their given fields).
    const filters = { queryKey: ["sync", "logs", { chainId, governor }], type: "active" } as const;
    const pushedSync = createPushedSync({
      minMs: PUSHED_SYNC_MIN_MS,
      sync: async () => {
        await client.refetchQueries(filters);
        // The lowest block the open pages' histories reach, to see whether this sync got to the pushed head.
        const reached = client
          .getQueriesData<DaoLogs>(filters)
          .flatMap(([, d]) => (d?.syncedTo == null ? [] : [d.syncedTo]));
        return reached.length === 0 ? null : Math.min(...reached);
      },
    });
    const off = onPushedHead(chainId, (block) => pushedSync.head(block));
    return () => {
      off();
      pushedSync.stop();
    };
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
