import type { Anchor, StoredLog, StreamState, SyncStore } from "@/chain/store/types";
import { perfMark } from "@/lib/perf-mark";
import { createStartMemo, type StartMemo } from "./deploy-block-memo";
import { fetchRanges, type LogFilter } from "./fetch-ranges";
import { createAnchorChecker, type Finality, type Head, readHead } from "./finality";
import type { HeadFeed } from "./head-feed";
import { intervalBlocks, mergeIntervals } from "./intervals";
import { fetchGroups, logMatches } from "./merge-filters";
import { planStream, type StreamPlan } from "./plan";
import { prepareStream } from "./prepare-stream";
import { createRangeSizer, type SizerOptions } from "./range-sizer";
import { createRpc, type RpcClient, type RpcOptions, shortMessage } from "./rpc";
import { createStageBoard, logsSince, type RunStage, type SinceLogs, type SinceRefusal } from "./since";
import { createStatusStore, type StartNote, type StatusStore } from "./status";
import { byChainOrder, inChainOrder } from "./stored-log";
import type { StreamSpec } from "./stream";
import { SLICE_LOGS, yieldToMain } from "./yield";

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
  /** Where contracts begin, shared with searches started ahead of the sync (the DAO's discovery); by default
   * this engine's own, so each contract is searched once per engine, not once per run. */
  starts?: StartMemo;
};

/** The logs of one stream after a sync: persisted (finalized) and the unfinalized tail, in chain order. */
export type StreamLogs = { id: string; logs: StoredLog[]; finalizedCount: number };

/** What a sync returns: every stream's logs, complete through `syncedTo`. */
export type SyncResult = { streams: StreamLogs[]; syncedTo: number; finalized: number; head: Head["head"] };

const KEEP_ANCHORS = 16;
type Memo = { covered: string; logs: StoredLog[]; tail: StoredLog[]; at: string };
const atOf = (h: Head) => `${h.head.number}:${h.head.hash}:${h.finalized}`;
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

  async function persistedLogs(id: string, coveredBefore: string, fetched: StoredLog[][], finalized: number) {
    const known =
      coveredBefore === "[]" ? [] : memory.get(id)?.covered === coveredBefore ? memory.get(id)?.logs : null;
    if (!known) {
      perfMark("sync:read-back:start");
      const all = await o.store.getLogs(id, 0, finalized);
      perfMark("sync:read-back:end");
      return all;
    }
    // Fetched ranges were not covered before, so the sets are disjoint; the concatenation only needs order.
    return fetched.length === 0 ? known : inChainOrder([known, ...fetched]);
  }

  /** One stream's share of a fetch: it keeps the logs its own filter asks for, commits finalized chunks in
   * arrival order (each with the coverage as of that chunk) and, when done, its persisted logs and tail. */
  function streamSink(spec: StreamSpec, state: StreamState, h: Head) {
    const tail: StoredLog[] = [];
    // One list per chunk (each in chain order): joined once at the end instead of pushed log by log.
    const fetched: StoredLog[][] = [];
    const coveredBefore = JSON.stringify(state.covered);
    // Anchor at the head read before fetching: if its hash later changes, everything fetched since is suspect,
    // including chunks committed by a run that failed halfway.
    state.anchors = [...state.anchors.filter((a) => a.number < h.head.number), h.head].slice(-KEEP_ANCHORS);
    // Writes go on while the requests do: a slow store (IndexedDB) no longer holds a request slot.
    let writes: Promise<void> = Promise.resolve();
    return {
      async onChunk(from: number, to: number, raw: readonly StoredLog[]) {
        const final: StoredLog[] = [];
        for (let i = 0; i < raw.length; i++) {
          // A provider's 10,000-log answer is handled in slices, so the page stays responsive meanwhile.
          if (i > 0 && i % SLICE_LOGS === 0) await yieldToMain();
          const l = raw[i];
          if (!l || !logMatches(l.address, l.topics, spec.filter)) continue; // another member's log
          (l.blockNumber <= h.finalized ? final : tail).push(l);
        }
        if (final.length > 0) fetched.push(final.sort(byChainOrder));
        if (from <= h.finalized) {
          state.covered = mergeIntervals([...state.covered, [from, Math.min(to, h.finalized)]]);
          const snapshot = { ...state };
          writes = writes.then(() => o.store.commit(snapshot, final));
        }
        status.set((s) => ({ blocksDone: s.blocksDone + (to - from + 1) }));
      },
      settled: () => writes,
      /** Commits the stream's state; then its new logs are in the store and `since` can answer. */
      async commit() {
        await o.store.commit(state, []);
        tail.sort(byChainOrder);
        return { coveredBefore: JSON.parse(coveredBefore) as [number, number][], state, tail };
      },
      async finish(): Promise<StreamLogs> {
        const persisted = await persistedLogs(spec.id, coveredBefore, fetched, h.finalized);
        memory.set(spec.id, { covered: JSON.stringify(state.covered), logs: persisted, tail, at: atOf(h) });
        return { id: spec.id, logs: [...persisted, ...tail], finalizedCount: persisted.length };
      },
    };
  }

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
      return await runStaged(specs, stage.resolve);
    } finally {
      stage.reject(new Error("The sync ended before its logs were committed."));
    }
  }

  async function runStaged(
    specs: readonly StreamSpec[],
    publish: (s: RunStage) => void,
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
    const h = pushedHead() ?? (await readHead(rpc, finality));
    perfMark("sync:head");
    const isCanonical = createAnchorChecker(rpc, o.heads, h);
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
      onRangeCap: (blocks: number) => sizer.knownCap(blocks),
    };
    const states = await Promise.all(specs.map((s) => prepareStream(ctx, s)));
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
      for (const [k, x] of members.entries()) {
        const sink = sinks[k];
        if (!sink) continue;
        staged.set(x.spec.id, await sink.commit());
        finishing.push({ i: x.i, sink });
      }
    }
    // Everything new is committed: a caller holding a confirmed picture at some block can go on from here
    // while the whole history is read back below.
    publish({ head: h, isCanonical, streams: staged });
    await yieldToMain(); // its callers' short range reads go to the store before the long read-back below
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
      return logsSince(
        o.store,
        stage,
        specs.map((s) => s.id),
        from,
      );
    },
    /** Cached logs only, without touching the network (for an instant first paint). */
    async cached(spec: StreamSpec): Promise<{ logs: StoredLog[]; coveredTo: number | null }> {
      perfMark("cached:start");
      const state = await o.store.getStream(spec.id);
      // Only a gap-free prefix from the first block counts as "covered through N".
      const first = state ? mergeIntervals(state.covered)[0] : undefined;
      const start = state?.deployBlock ?? spec.fromBlock ?? 0;
      const coveredTo = first && first[0] <= start ? first[1] : null;
      const logs = state ? await o.store.getLogs(spec.id) : [];
      perfMark("cached:end");
      return { logs, coveredTo };
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
