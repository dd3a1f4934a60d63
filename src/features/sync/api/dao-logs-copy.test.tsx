import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { encodeAbiParameters, encodeEventTopics, type Hex, numberToHex, pad } from "viem";
import { describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { RpcClient } from "@/chain/sync/rpc";
import { createSyncEngine, type SyncEngine } from "@/chain/sync/sync-engine";
import { governorEventsAbi } from "@/domain/events/dao-events-abi";
import { useDaoLogs } from "./dao-logs";

const governor = "0x00000000000000000000000000000000000000a1";
const voter = "0x00000000000000000000000000000000000000b2";
const dao = { chainId: 31337, governor, token: voter, timelock: null, deployBlock: 1 } as const;
const HEAD = 100;
const SLOW_MACHINE = { timeout: 10_000 };

const vote = {
  address: governor,
  topics: encodeEventTopics({ abi: governorEventsAbi, eventName: "VoteCast", args: { voter } }),
  data: encodeAbiParameters(
    [{ type: "uint256" }, { type: "uint8" }, { type: "uint256" }, { type: "string" }],
    [7n, 1, 5n, ""],
  ),
  blockNumber: numberToHex(40),
  logIndex: "0x0",
  blockHash: pad(numberToHex(40)),
  transactionHash: pad(numberToHex(1040)),
  transactionIndex: "0x0",
  removed: false,
};
/** A chain of HEAD blocks with one vote at block 40. */
const chain: RpcClient = {
  request: async ({ method, params }) => {
    if (method === "eth_getBlockByNumber") {
      const n = params?.[0] === "latest" ? HEAD : Number(params?.[0]);
      return { number: numberToHex(n), hash: pad(numberToHex(n)), parentHash: pad(numberToHex(n - 1)) };
    }
    if (method === "eth_getLogs") {
      const f = (params?.[0] ?? {}) as { fromBlock: Hex; toBlock: Hex };
      return Number(f.fromBlock) <= 40 && Number(f.toBlock) >= 40 ? [vote] : [];
    }
    throw new Error(`unexpected ${method}`);
  },
};
const down: RpcClient = { request: () => Promise.reject(new Error("execution reverted: the node is gone")) };

const current = vi.hoisted(() => ({ engine: null as SyncEngine | null }));
vi.mock("./sync-engines", () => ({
  getSyncEngine: async () => current.engine,
  onPushedHead: () => () => undefined,
}));

/** A reload: a new engine over a store a first visit filled, with `client` as the chain. */
async function reloadOver(client: RpcClient) {
  const store = createMemoryStore();
  const finality = { kind: "depth", blocks: 12 } as const;
  const first = createSyncEngine({ chainId: 31337, client: chain, store, finality });
  current.engine = first;
  const { result, unmount } = renderHook(() => useDaoLogs(dao, "core"), { wrapper });
  await waitFor(() => expect(result.current.data?.syncedTo).toBe(HEAD), SLOW_MACHINE);
  unmount();
  const engine = createSyncEngine({ chainId: 31337, client, store, finality, rpc: { maxAttempts: 1 } });
  current.engine = engine;
  return { engine, cached: vi.spyOn(engine, "cached") };
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    {children}
  </QueryClientProvider>
);

describe("useDaoLogs on a page that paints from a list of its own ('if-needed')", () => {
  it("does not read the copy back when the sync commits: the sync's own read-back brings the history", async () => {
    const { cached } = await reloadOver(chain);
    const { result } = renderHook(() => useDaoLogs(dao, "core", "if-needed"), { wrapper });
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(HEAD), SLOW_MACHINE);
    expect(result.current.fromCache).toBe(false);
    expect(result.current.data?.events.map((e) => e.blockNumber)).toEqual([40]);
    expect(cached).not.toHaveBeenCalled();
  });

  it("reads the copy when the sync fails before committing, labelled with the block it covers", async () => {
    const { cached } = await reloadOver(down);
    const { result } = renderHook(() => useDaoLogs(dao, "core", "if-needed"), { wrapper });
    await waitFor(() => expect(result.current.fromCache).toBe(true), SLOW_MACHINE);
    expect(result.current.data?.syncedTo).toBe(HEAD - 12); // the finalized logs only are stored
    expect(result.current.data?.events.map((e) => e.blockNumber)).toEqual([40]);
    expect(cached).toHaveBeenCalled();
  });

  it("waits while the page does not know yet whether it has a list of its own (null)", async () => {
    const { cached } = await reloadOver(chain);
    const { result } = renderHook(() => useDaoLogs(dao, "core", null), { wrapper });
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(HEAD), SLOW_MACHINE);
    expect(cached).not.toHaveBeenCalled();
  });
});
