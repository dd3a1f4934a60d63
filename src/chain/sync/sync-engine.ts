import type { Anchor, StreamState, SyncStore } from "@/chain/store/types";
import { perfMark } from "@/lib/perf-mark";
import { cachedLogs } from "./cached-logs";
import { createStartMemo, type StartMemo } from "./deploy-block-memo";
import { fetchRanges, type LogFilter } from "./fetch-ranges";
import { createAnchorChecker, type Finality, type Head, readHead } from "./finality";
import { readHeadWithAnchors, withKnownHashes } from "./head-anchors";
import type { HeadFeed } from "./head-feed";
import { intervalBlocks } from "./intervals";
import { fetchGroups } from "./merge-filters";
import { takeOfferedHead } from "./offered-heads";
import { planStream, type StreamPlan } from "./plan";
import { prepareStream } from "./prepare-stream";
import { createRangeSizer, type SizerOptions } from "./range-sizer";
import { createRpc, type RpcClient, type RpcOptions, shortMessage } from "./rpc";
import { createStageBoard, logsSince, type RunStage, type SinceLogs, type SinceRefusal } from "./since";
import { createStatusStore, type StartNote, type StatusStore } from "./status";
import type { StreamSpec } from "./stream";
import {
  atOf,
  createStreamSink,
  type FinalizedChunkListener,
  type Memo,
  type StreamLogs,
} from "./stream-sink";
import { yieldToMain } from "./yield";

export type SyncEngineOptions = {
  chainId: number;
  client: RpcClient;
  store: SyncStore;
  finality?: Finality;
  concurrency?: number;
  sizer?: SizerOptions;
  rpc?: RpcOptions;
  status?: StatusStore;
  /** Heads pushed over a WebSocket subscription: a warm sync is then one round trip (its getLogs). */
  heads?: HeadFeed;
  /** Told of each stream's finalized logs per fetched chunk as they arrive (see FinalizedChunkListener). */
  onFinalized?: FinalizedChunkListener;
  /** Where contracts begin, shared with searches started ahead of the sync (the DAO's discovery); by default
   * this engine's own, so each contract is searched once per engine, not once per run. */
  starts?: StartMemo;
};

/** What a sync returns: every stream's logs, complete through `syncedTo`. */
export type SyncResult = { streams: StreamLogs[]; syncedTo: number; finalized: number; head: Head["head"] };

const LOCAL_CHAINS = new Set([31337, 1337]);

/** An incremental, reorg-aware log sync over a store; one per chain. */
export function createSyncEngine(o: SyncEngineOptions) {
  const status = o.status ?? createStatusStore();
  const rpc = createRpc(o.client, status, o.rpc);
  const sizer = createRangeSizer(o.sizer);
  const finality: Finality =
    o.finality ??
    (LOCAL_CHAINS.has(o.chainId) ? { kind: "depth", blocks: 12 } : { kind: "tag", fallbackDepth: 64 });
  const concurrency = o.concurrency ?? 8;
  const running = new Map<string, Promise<SyncResult>>();
  const stages = createStageBoard();
  const keyOf = (specs: readonly StreamSpec[]) => specs.map((s) => s.id).join("|");
  // The persisted logs of each stream as of its last sync here, keyed by the coverage they match: a head poll
  // then adds the new logs to these instead of reading tens of thousands back from IndexedDB. Coverage that
  // changed meanwhile (a reorg rewind, another tab, an import or a clear) no longer matches and is read again.
  // With it, the unfinalized tail as of the head it was fetched at: a poll that finds the same head (an idle
  // chain) reuses it instead of asking again. (A tail a lagging node under-reported is fetched anew with the
  // next block, as every new head refetches the whole tail.)
  const memory = new Map<string, Memo>();
  const startNotes = new Map<string, StartNote>();
  const starts = o.starts ?? createStartMemo();
  // Reads of the logs since a block in progress: a run's read-back of the whole history waits for them.
  const sinceReads = new Set<Promise<unknown>>();

  const streamSink = (spec: StreamSpec, state: StreamState, h: Head) =>
    createStreamSink({ store: o.store, status, memory, onFinalized: o.onFinalized }, spec, state, h);

  /** Fetches the blocks several streams need with one filter that asks for exactly their union, and hands each
   * stream its own logs: a poll costs one getLogs per group, not per stream. */
  async function fetchGroup(filter: LogFilter, plan: StreamPlan, sinks: ReturnType<typeof streamSink>[]) {
    try {
      await fetchRanges({
        rpc,
        filter,
        intervals: plan.fetch,
        sizer,
        concurrency,
        onSplit: () => status.set((s) => ({ rangeSplits: s.rangeSplits + 1 })),
        onChunk: async (from, to, raw) => {
          for (const sink of sinks) await sink.onChunk(from, to, raw);
        },
      });
    } finally {
      await Promise.all(sinks.map((sink) => sink.settled()));
    }
  }

  /** The stream as the last sync here left it, if nothing can have changed since: same head (hash and
   * finality) and the same stored coverage (no other tab, import or clear touched it). */
  function unchanged(spec: StreamSpec, state: StreamState, h: Head): StreamLogs | null {
    const m = memory.get(spec.id);
    if (!m || m.at !== atOf(h) || m.covered !== JSON.stringify(state.covered)) return null;
    return { id: spec.id, logs: [...m.logs, ...m.tail], finalizedCount: m.logs.length };
  }

  let lastFinalized: number | null = null;
  /** The head a subscription pushed, when there is a fresh one: the sync then skips its head round trip.
   * Finality comes from the depth, or on tag chains from the last tag read (older, so only safer). */
  function pushedHead(): Head | null {
    const head = o.heads?.latest() ?? null;
    if (!head) return null;
    if (finality.kind === "depth") return { head, finalized: Math.max(-1, head.number - finality.blocks) };
    return lastFinalized === null ? null : { head, finalized: Math.min(lastFinalized, head.number) };
  }

  async function run(specs: readonly StreamSpec[]): Promise<SyncResult> {
    const stage = stages.begin(keyOf(specs));
    try {
      return await runStaged(specs, stage);
    } finally {
      stage.reject(new Error("The sync ended before its logs were committed."));
    }
  }

  let lastHeadRead: number | null = null;
  /** The head, and the reorg check that goes with it. Read over HTTP, it comes in one batch with the streams'
   * last anchors this engine has not itself seen as the head (a reload's: the last visit's head, 100 blocks
   * back, would otherwise cost a round trip of its own after the head); a poll's anchor is the last head read
   * here, which the new head vouches for when it is itself or its parent, so it is not asked in advance. */
  async function headAndCheck(specs: readonly StreamSpec[]) {
    const pushed = pushedHead();
    if (pushed) return { h: pushed, isCanonical: createAnchorChecker(rpc, o.heads, pushed) };
    const ahead = rpc.batches()
      ? (await Promise.all(specs.map((s) => o.store.getStream(s.id))))
          .map((st) => st?.anchors.reduce((m, a) => Math.max(m, a.number), -1) ?? -1)
          .filter((n) => n >= 0 && n !== lastHeadRead)
      : [];
    // With no anchor to check (a first sync), a head the DAO's discovery read a moment ago saves a round trip.
    const seen = ahead.length === 0 ? takeOfferedHead(o.chainId, finality) : null;
    const { head: h, hashes } =
      ahead.length > 0
        ? await readHeadWithAnchors(rpc, finality, ahead)
        : { head: seen ?? (await readHead(rpc, finality)), hashes: new Map() };
    lastHeadRead = h.head.number;
    return { h, isCanonical: withKnownHashes(createAnchorChecker(rpc, o.heads, h), hashes) };
  }

  async function runStaged(
    specs: readonly StreamSpec[],
    slot: { publishHead: (h: Head) => void; resolve: (s: RunStage) => void },
  ): Promise<SyncResult> {
    status.set({
      phase: "head",
      blocksDone: 0,
      blocksTotal: 0,
      requests: 0,
      retries: 0,
      rangeSplits: 0,
      lastError: null,
      notices: o.store.notices(),
    });
    // The head first: it vouches for the last anchor when that is the head itself or its parent, so a warm
    // sync usually needs no separate reorg-anchor read.
    perfMark("sync:start");
    const { h, isCanonical } = await headAndCheck(specs);
    perfMark("sync:head");
    // Readers of this run's head (a read pinned there) can start while its logs are fetched.
    slot.publishHead(h);
    if (finality.kind === "tag") lastFinalized = h.finalized;
    status.set({ finalized: h.finalized });
    const ctx = {
      store: o.store,
      chainId: o.chainId,
      rpc,
      status,
      head: h.head.number,
      isCanonical,
      starts,
      startNotes,
      // A cap the first-log search learned is not handed to the sizer: found by halving, it is below the
      // provider's (at --scale 10 the first visit then sent 61 getLogs instead of 38); the sizer finds its own.
    };
    const states = await Promise.all(specs.map((s) => prepareStream(ctx, s)));
    perfMark("sync:prepared");
    const plans = states.map((st) => planStream(st, h));
    const streams: (StreamLogs | null)[] = specs.map((spec, i) => {
      const state = states[i];
      return state ? unchanged(spec, state, h) : null;
    });
    const open = specs.flatMap((spec, i) => {
      const state = states[i];
      const plan = plans[i];
      return !streams[i] && state && plan ? [{ i, spec, state, plan }] : [];
    });
    status.set({
      phase: "fetching",
      blocksTotal: open.reduce((n, x) => n + intervalBlocks(x.plan.fetch), 0),
    });
    const groups = fetchGroups(
      open.map((x) => ({ filter: x.spec.filter, blocks: JSON.stringify(x.plan.fetch) })),
    );
    const staged: RunStage["streams"] = new Map();
    specs.forEach((spec, i) => {
      const state = states[i];
      const m = memory.get(spec.id);
      if (streams[i] && state && m)
        staged.set(spec.id, { coveredBefore: state.covered, state, tail: m.tail });
    });
    const finishing: { i: number; sink: ReturnType<typeof streamSink> }[] = [];
    for (const g of groups) {
      const members = g.members.flatMap((m) => open[m] ?? []);
      const first = members[0];
      if (!first) continue;
      const sinks = members.map((x) => streamSink(x.spec, x.state, h));
      await fetchGroup(g.filter, first.plan, sinks);
      perfMark("sync:fetched");
      for (const [k, x] of members.entries()) {
        const sink = sinks[k];
        if (!sink) continue;
        staged.set(x.spec.id, await sink.commit());
        finishing.push({ i: x.i, sink });
      }
    }
    // Everything new is committed: a caller holding a confirmed picture at some block can go on from here
    // while the whole history is read back below.
    perfMark("sync:committed");
    slot.resolve({ head: h, isCanonical, streams: staged });
    // Its callers' short range reads go to the store, and are done, before the long read-back below starts.
    await yieldToMain();
    await Promise.allSettled([...sinceReads]);
    for (const { i, sink } of finishing) streams[i] = await sink.finish();
    perfMark("sync:end");
    status.set({ phase: "done", syncedTo: h.head.number, notices: o.store.notices() });
    const done = streams.filter((x): x is StreamLogs => x !== null);
    return { streams: done, syncedTo: h.head.number, finalized: h.finalized, head: h.head };
  }

  return {
    status,
    /** Syncs the given streams; concurrent calls for the same streams share one run. */
    sync(specs: readonly StreamSpec[]): Promise<SyncResult> {
      const key = keyOf(specs);
      let p = running.get(key);
      if (!p) {
        p = run(specs)
          .catch((e: unknown) => {
            status.set({ phase: "error", lastError: shortMessage(e) });
            throw e;
          })
          .finally(() => running.delete(key));
        running.set(key, p);
      }
      return p;
    },
    /**
     * The logs of `specs` above block `from` (a block the caller holds a confirmed picture at, with its hash)
     * through the head of the current or next sync of the same streams, as soon as that sync has committed
     * its new logs: it neither starts a sync nor reads the whole history back. Refused (with the reason) on
     * a reorg below `from`, a store that held nothing before the sync, or a gap in its coverage.
     */
    async since(specs: readonly StreamSpec[], from: Anchor): Promise<SinceLogs | SinceRefusal> {
      const stage = await stages.next(keyOf(specs));
      const read = logsSince(
        o.store,
        stage,
        specs.map((s) => s.id),
        from,
      );
      sinceReads.add(read);
      try {
        return await read;
      } finally {
        sinceReads.delete(read);
      }
    },
    /** The head of the current or next run of `specs` as soon as it is read, before its logs are fetched
     * (a read pinned there can go out beside its getLogs); rejected when that run fails first. */
    async head(specs: readonly StreamSpec[]): Promise<{ head: Anchor; finalized: number }> {
      const h = await stages.nextHead(keyOf(specs));
      return { head: h.head, finalized: h.finalized };
    },
    /** Whether the current or next run of `specs` commits its new logs (false: it failed before). */
    committed(specs: readonly StreamSpec[]): Promise<boolean> {
      return stages.next(keyOf(specs)).then(
        () => true,
        () => false,
      );
    },
    /** Cached logs only, without touching the network (for an instant first paint). */
    cached: (spec: StreamSpec) => cachedLogs(o.store, spec),
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
