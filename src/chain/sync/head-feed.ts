import { createPublicClient, type Hex, webSocket } from "viem";
import type { Anchor } from "@/chain/store/types";
import { checkBlock, type RpcBlock } from "./rpc-shapes";

/** Heads pushed by the node (`eth_subscribe("newHeads")`): the latest, and the hashes of the recent chain
 * behind it as far as parent hashes link them. Either is absent when the feed has gone quiet too long. */
export type HeadFeed = {
  latest(): Anchor | null;
  hashAt(block: number): Hex | undefined;
  /** Calls back on every pushed head; returns the unsubscribe function. */
  onHead(listener: (head: Anchor) => void): () => void;
};

/** The fields of a pushed header the window uses. */
export type PushedHeader = { number: number; hash: Hex; parentHash: Hex };

export type HeadWindowOptions = { keep?: number; maxAgeMs?: number; now?: () => number };

/**
 * Keeps a parent-linked window of pushed heads. Only an unbroken chain is kept: a header whose parent is not
 * the block held below it (a gap after a reconnect, or a reorg) starts the window again from that header, and
 * a header at or below the held head drops what was above it. So `hashAt(n)` is the canonical hash of block n
 * as of the latest head, or undefined when the feed cannot vouch for it (ask the node instead).
 */
export function createHeadWindow({ keep = 256, maxAgeMs = 60_000, now = Date.now }: HeadWindowOptions = {}) {
  const hashes = new Map<number, Hex>();
  let head: Anchor | null = null;
  let at = 0;
  const listeners = new Set<(head: Anchor) => void>();
  const fresh = () => head !== null && now() - at <= maxAgeMs;
  const feed: HeadFeed = {
    latest: () => (fresh() ? head : null),
    hashAt: (block) => (fresh() ? hashes.get(block) : undefined),
    onHead: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    feed,
    push(h: PushedHeader) {
      const n = h.number;
      for (const k of [...hashes.keys()]) if (k >= n) hashes.delete(k);
      if (hashes.get(n - 1) !== h.parentHash) hashes.clear();
      hashes.set(n - 1, h.parentHash);
      hashes.set(n, h.hash);
      for (const k of [...hashes.keys()]) if (k <= n - keep) hashes.delete(k);
      const latest = { number: n, hash: h.hash };
      head = latest;
      at = now();
      for (const l of listeners) l(latest);
    },
    /** Forgets everything (the subscription failed or reconnected). */
    reset() {
      hashes.clear();
      head = null;
    },
  };
}

/** viem's WebSocket `transport.subscribe`, the one thing a head subscription needs. */
export type Subscribe = (args: {
  params: ["newHeads"];
  onData: (data: { result?: unknown }) => void;
  onError?: (error: Error) => void;
}) => Promise<{ unsubscribe: () => Promise<unknown> }>;

/** Subscribes to `newHeads` (one notification per block, no further requests); the window is forgotten on any
 * subscription error, so the sync asks the node again until heads flow. */
export function watchHeads(subscribe: Subscribe, options?: HeadWindowOptions) {
  const window = createHeadWindow(options);
  let stopped = false;
  let unsubscribe: (() => Promise<unknown>) | null = null;
  subscribe({
    params: ["newHeads"],
    onData: ({ result }) => {
      // A malformed header is dropped with the window: the sync then asks the node instead of trusting it.
      let h: RpcBlock | null;
      try {
        h = checkBlock(result ?? null);
      } catch {
        h = null;
      }
      if (h) window.push({ number: Number.parseInt(h.number, 16), hash: h.hash, parentHash: h.parentHash });
      else window.reset();
    },
    onError: () => window.reset(),
  })
    .then((s) => {
      unsubscribe = s.unsubscribe;
      if (stopped) void s.unsubscribe();
    })
    .catch(() => window.reset());
  return {
    feed: window.feed,
    stop: () => {
      stopped = true;
      void unsubscribe?.();
    },
  };
}

/** Heads pushed by the node behind a WebSocket URL (viem shares one socket per URL with other requests);
 * `close` also closes that socket (for scripts and tests; the app keeps it for the page's lifetime). */
export function watchHeadsAt(url: string, options?: HeadWindowOptions) {
  const transport = createPublicClient({ transport: webSocket(url) }).transport;
  const watch = watchHeads(transport.subscribe, options);
  return {
    ...watch,
    close: async () => {
      watch.stop();
      (await transport.getRpcClient()).close();
    },
  };
}
