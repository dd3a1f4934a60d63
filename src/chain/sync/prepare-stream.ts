import type { Address } from "viem";
import type { Anchor, StreamState, SyncStore } from "@/chain/store/types";
import { perfMark } from "@/lib/perf-mark";
import { type CodeProbes, DeployProbeError, findDeployBlock } from "./deploy-block";
import { addressSetKey, type StartMemo } from "./deploy-block-memo";
import { lastGoodAnchor } from "./finality";
import { findFirstLogBlock } from "./first-log-block";
import { type Rpc, shortMessage } from "./rpc";
import type { StartNote, StatusStore } from "./status";
import type { StreamSpec } from "./stream";

type Ctx = {
  store: SyncStore;
  chainId: number;
  rpc: Rpc;
  status: StatusStore;
  head: number;
  isCanonical: (a: Anchor) => Promise<boolean>;
  /** Starts found before (by this engine's earlier runs, or by the DAO's discovery ahead of the sync), shared
   * by streams that start with the same contract. */
  starts: StartMemo;
  /** Starts found from logs, by address set, kept by the engine across runs so the status can say so. */
  startNotes: Map<string, StartNote>;
  /** Told the block-range cap a first-log search was refused with, so the sync asks no wider. */
  onRangeCap?: (blocks: number) => void;
};

/** What a search for where contracts begin needs: the RPC, a head at which they exist, and the memo;
 * `opening`, a contract's first probes sent another way (see findDeployBlock). */
export type StartSearch = { rpc: Rpc; head: number; starts: StartMemo; opening?: (a: Address) => CodeProbes };

/** Each address's deployment block (searched once per memo, all in parallel), and the first probe failure
 * where the node cannot answer eth_getCode at old blocks. Any other failure is thrown. */
async function deployments(f: StartSearch, addresses: readonly Address[]) {
  const tries = await Promise.allSettled(
    addresses.map((a) => f.starts.code(a, () => findDeployBlock(f.rpc, a, f.head, f.opening?.(a)))),
  );
  const blocks: number[] = [];
  let probe: DeployProbeError | null = null;
  for (const t of tries) {
    if (t.status === "fulfilled") blocks.push(t.value);
    else if (t.reason instanceof DeployProbeError) probe ??= t.reason;
    else throw t.reason;
  }
  return { blocks, probe };
}

const firstLogOf = (f: StartSearch, addresses: readonly Address[]) =>
  f.starts.firstLog(addresses, (cap) => findFirstLogBlock(f.rpc, addresses, f.head, undefined, cap));

/** Starts the search for where `addresses` begin (their deployments; their first log where the node keeps no
 * old state) without waiting for it, so a sync of their logs that follows finds it done or under way. Its
 * failures are left for that sync to meet (and report). */
export function searchStartAhead(f: StartSearch, addresses: readonly Address[]): void {
  void deployments(f, addresses)
    .then(({ probe }) => (probe ? firstLogOf(f, addresses) : undefined))
    .catch(() => undefined);
}

/** Where eth_getCode at old blocks fails: the first log of any of `addresses` (each contract of a DAO logs
 * at its deployment), said in the status. */
async function startFromLogs(ctx: Ctx, addresses: readonly Address[], probe: DeployProbeError) {
  const found = await firstLogOf(ctx, addresses);
  const key = addressSetKey(addresses);
  ctx.startNotes.set(key, {
    addresses: key.split(","),
    block: found.block,
    exact: found.exact,
    none: found.none,
    missingState: probe.missingState,
    probeError: shortMessage(probe.cause),
    requests: found.requests,
    rangeCap: found.rangeCap,
  });
  ctx.status.set({ starts: [...ctx.startNotes.values()] });
  if (found.rangeCap !== null) ctx.onRangeCap?.(found.rangeCap);
  // No log from any of them: nothing tells where they begin, so nothing before the head may be skipped.
  return found.none ? 0 : found.block;
}

/** The earliest deployment among `addresses`; from their logs where the node cannot answer eth_getCode at
 * old blocks. */
async function earliestDeployment(ctx: Ctx, addresses: readonly Address[]): Promise<number> {
  const { blocks, probe } = await deployments(ctx, addresses);
  // The first log of them all is at or after each one's deployment, so the minimum stays safe.
  if (probe) blocks.push(await startFromLogs(ctx, addresses, probe));
  return blocks.length > 0 ? Math.min(...blocks) : 0;
}

/** Loads a stream's state, rewinds it to the last anchor still on the chain, and fills in its first block. */
export async function prepareStream(ctx: Ctx, spec: StreamSpec): Promise<StreamState> {
  const stored = await ctx.store.getStream(spec.id);
  let state: StreamState = stored ?? {
    id: spec.id,
    chainId: ctx.chainId,
    covered: [],
    anchors: [],
    deployBlock: null,
  };
  if (state.anchors.length > 0) {
    ctx.status.set({ phase: "reorg-check" });
    const good = await lastGoodAnchor(state.anchors, ctx.isCanonical);
    const latest = state.anchors.reduce((m, a) => Math.max(m, a.number), -1);
    if (!good || good.number < latest) {
      const keep = good?.number ?? -1;
      state = { ...state, anchors: state.anchors.filter((a) => a.number <= keep) };
      await ctx.store.rewind(state, keep);
      state = (await ctx.store.getStream(spec.id)) ?? state;
    }
  }
  if (state.deployBlock === null) {
    ctx.status.set({ phase: "deploy-block" });
    state.deployBlock =
      spec.fromBlock ?? (await earliestDeployment(ctx, spec.startsWith ?? spec.filter.address));
    perfMark("sync:start-block");
  }
  return state;
}
