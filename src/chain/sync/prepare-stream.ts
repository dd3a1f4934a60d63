import type { Address } from "viem";
import type { Anchor, StreamState, SyncStore } from "@/chain/store/types";
import { findDeployBlock } from "./deploy-block";
import { lastGoodAnchor } from "./finality";
import type { Rpc } from "./rpc";
import type { StatusStore } from "./status";
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
};

/** The earliest deployment among `addresses`, each searched once per run (all in parallel). */
async function earliestDeployment(ctx: Ctx, addresses: readonly Address[]): Promise<number> {
  const blocks = await Promise.all(
    addresses.map((a) => {
      const key = a.toLowerCase();
      let p = ctx.deployBlocks.get(key);
      if (!p) {
        p = findDeployBlock(ctx.rpc, a, ctx.head);
        ctx.deployBlocks.set(key, p);
      }
      return p;
    }),
  );
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
  }
  return state;
}
