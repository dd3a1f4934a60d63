import type { Address } from "viem";
import type { Anchor, StreamState, SyncStore } from "@/chain/store/types";
import { perfMark } from "@/lib/perf-mark";
import { DeployProbeError, findDeployBlock } from "./deploy-block";
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
  /** Deployment blocks found in this run, shared by streams that start with the same contract. */
  deployBlocks: Map<string, Promise<number>>;
  /** Starts found from logs, by address set, kept by the engine across runs so the status can say so. */
  startNotes: Map<string, StartNote>;
};

const once = (ctx: Ctx, key: string, find: () => Promise<number>): Promise<number> => {
  let p = ctx.deployBlocks.get(key);
  if (!p) {
    p = find();
    ctx.deployBlocks.set(key, p);
  }
  return p;
};

/** Where eth_getCode at old blocks fails: the first log of any of `addresses` (each contract of a DAO logs
 * at its deployment), said in the status. */
async function startFromLogs(ctx: Ctx, addresses: readonly Address[], probe: DeployProbeError) {
  const key = addresses.map((a) => a.toLowerCase()).sort();
  return once(ctx, `logs:${key.join(",")}`, async () => {
    const found = await findFirstLogBlock(ctx.rpc, addresses, ctx.head);
    ctx.startNotes.set(key.join(","), {
      addresses: key,
      block: found.block,
      exact: found.exact,
      none: found.none,
      missingState: probe.missingState,
      probeError: shortMessage(probe.cause),
      requests: found.requests,
      rangeCap: found.rangeCap,
    });
    ctx.status.set({ starts: [...ctx.startNotes.values()] });
    // No log from any of them: nothing tells where they begin, so nothing before the head may be skipped.
    return found.none ? 0 : found.block;
  });
}

/** The earliest deployment among `addresses`, each searched once per run (all in parallel); from their logs
 * where the node cannot answer eth_getCode at old blocks. */
async function earliestDeployment(ctx: Ctx, addresses: readonly Address[]): Promise<number> {
  const tries = await Promise.allSettled(
    addresses.map((a) => once(ctx, a.toLowerCase(), () => findDeployBlock(ctx.rpc, a, ctx.head))),
  );
  const blocks: number[] = [];
  let probe: DeployProbeError | null = null;
  for (const t of tries) {
    if (t.status === "fulfilled") blocks.push(t.value);
    else if (t.reason instanceof DeployProbeError) probe ??= t.reason;
    else throw t.reason;
  }
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
