import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { type Hex, numberToHex, pad } from "viem";
import { describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { RpcClient } from "@/chain/sync/rpc";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import { daoLogsQueryOptions, HEAD_POLL_MS, useDaoLogs } from "./dao-logs";

const governor = "0x00000000000000000000000000000000000000a1";
const token = "0x00000000000000000000000000000000000000b2";
let HEAD = 100;
// getLogs waits on `held` while it is set: a sync caught after it read its head.
let held: Promise<void> | null = null;
let logsAsked: () => void = () => undefined;
const client: RpcClient = {
  request: async ({ method, params }) => {
    if (method === "eth_getBlockByNumber") {
      const n = params?.[0] === "latest" ? HEAD : Number(params?.[0]);
      return { number: numberToHex(n), hash: pad(numberToHex(n)), parentHash: pad(numberToHex(n - 1)) };
    }
    if (method === "eth_getLogs") {
      logsAsked();
      if (held) await held;
      return [] as Hex[];
    }
    throw new Error(`unexpected ${method}`);
  },
};
const engine = createSyncEngine({
  chainId: 31337,
  client,
  store: createMemoryStore(),
  finality: { kind: "depth", blocks: 12 },
});
const pushed = vi.hoisted(() => ({ listeners: new Set<(head: number) => void>() }));
vi.mock("./sync-engines", () => ({
  getSyncEngine: async () => engine,
  onPushedHead: (_chainId: number, listener: (head: number) => void) => {
    pushed.listeners.add(listener);
    return () => pushed.listeners.delete(listener);
  },
}));

describe("useDaoLogs and pushed heads", () => {
  it("a head pushed while the first sync is in flight (begun before it, e.g. a prefetch) is synced to at once", async () => {
    const dao = { chainId: 31337, governor, token, timelock: null, deployBlock: 1 } as const;
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    let release: () => void = () => undefined;
    held = new Promise((r) => {
      release = r;
    });
    const asked = new Promise<void>((r) => {
      logsAsked = r;
    });
    // The list prefetches the DAO's streams; the sync reads head 100 and waits for its logs.
    void queryClient.prefetchQuery(daoLogsQueryOptions(dao, "all"));
    await asked;
    // The proposal page opens on that query while it is still in flight; block 101 (a vote) is pushed.
    const { result } = renderHook(() => useDaoLogs(dao, "all"), { wrapper });
    HEAD = 101;
    for (const l of pushed.listeners) l(101);
    held = null;
    release();
    // Not at the next poll (12 s away), but right after the run that read the older head (which returned 100).
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(101), { timeout: HEAD_POLL_MS - 3_000 });
  }, 20_000);
});
