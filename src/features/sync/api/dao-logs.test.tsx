import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { encodeAbiParameters, encodeEventTopics, type Hex, numberToHex, pad } from "viem";
import { describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { RpcClient } from "@/chain/sync/rpc";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import { governorEventsAbi } from "@/domain/events/dao-events-abi";
import { daoLogsQueryOptions, HEAD_POLL_MS, useDaoLogs } from "./dao-logs";

const governor = "0x00000000000000000000000000000000000000a1";
const voter = "0x00000000000000000000000000000000000000b2";
let HEAD = 100;
// The shared test machine can be loaded enough for a sync to take over waitFor's default second.
const SLOW_MACHINE = { timeout: 10_000 };

// A tiny chain: one VoteCast at block 40 (finalized) and one at block 99 (inside the unfinalized tail).
const voteLog = (block: number, weight: bigint) => ({
  address: governor,
  topics: encodeEventTopics({ abi: governorEventsAbi, eventName: "VoteCast", args: { voter } }),
  data: encodeAbiParameters(
    [{ type: "uint256" }, { type: "uint8" }, { type: "uint256" }, { type: "string" }],
    [7n, 1, weight, "for the commons"],
  ),
  blockNumber: numberToHex(block),
  logIndex: "0x0",
  blockHash: pad(numberToHex(block)),
  transactionHash: pad(numberToHex(block + 1000)),
  transactionIndex: "0x0",
  removed: false,
});
const logs = [voteLog(40, 5n * 10n ** 18n), voteLog(99, 2n)];
const START_HEAD = HEAD;
const client: RpcClient = {
  request: async ({ method, params }) => {
    if (method === "eth_getBlockByNumber") {
      const n = params?.[0] === "latest" ? HEAD : Number(params?.[0]);
      return { number: numberToHex(n), hash: pad(numberToHex(n)), parentHash: pad(numberToHex(n - 1)) };
    }
    if (method === "eth_getLogs") {
      const f = (params?.[0] ?? {}) as {
        fromBlock: Hex;
        toBlock: Hex;
        address?: Hex[];
        topics?: (Hex | Hex[] | null)[];
      };
      // A node answers a filter with the logs that match it (the sync checks that it does).
      const topic0 = f.topics?.[0];
      return logs.filter(
        (l) =>
          Number(l.blockNumber) >= Number(f.fromBlock) &&
          Number(l.blockNumber) <= Number(f.toBlock) &&
          (!f.address || f.address.some((a) => a.toLowerCase() === l.address)) &&
          (!topic0 || (Array.isArray(topic0) ? topic0 : [topic0]).includes(l.topics[0] as Hex)),
      );
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

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

describe("useDaoLogs", () => {
  it("returns decoded, typed events labelled with the block they cover and which are final", async () => {
    const dao = { chainId: 31337, governor, token: voter, timelock: null, deployBlock: 1 } as const;
    const { result } = renderHook(() => useDaoLogs(dao), { wrapper });
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(HEAD), SLOW_MACHINE);
    const events = result.current.data?.events ?? [];
    expect(events.map((e) => [e.eventName, e.blockNumber, e.finalized])).toEqual([
      ["VoteCast", 40, true],
      ["VoteCast", 99, false],
    ]);
    const first = events[0];
    if (first?.eventName !== "VoteCast") throw new Error("expected a vote");
    expect(first.args).toMatchObject({
      proposalId: 7n,
      support: 1,
      weight: 5n * 10n ** 18n,
      reason: "for the commons",
    });
    expect(result.current.data?.finalized).toBe(HEAD - 12);
  });

  it("polls for new blocks, reusing the decoded events when no log changed", async () => {
    const dao = { chainId: 31337, governor, token: voter, timelock: null, deployBlock: 1 } as const;
    expect(daoLogsQueryOptions(dao).refetchInterval).toBe(HEAD_POLL_MS);
    HEAD = START_HEAD;
    const { result } = renderHook(() => useDaoLogs(dao), { wrapper });
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(START_HEAD), SLOW_MACHINE);
    const firstEvents = result.current.data?.events;

    HEAD = START_HEAD + 5;
    await result.current.refetch();
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(START_HEAD + 5), SLOW_MACHINE);
    expect(result.current.data?.events).toBe(firstEvents);

    logs.push(voteLog(START_HEAD + 7, 3n));
    HEAD = START_HEAD + 8;
    await result.current.refetch();
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(START_HEAD + 8), SLOW_MACHINE);
    expect(result.current.data?.events.map((e) => e.blockNumber)).toEqual([40, 99, START_HEAD + 7]);
  });

  it("syncs when the node pushes a new head, without waiting for the next poll", async () => {
    const dao = { chainId: 31337, governor, token: voter, timelock: null, deployBlock: 1 } as const;
    HEAD = START_HEAD + 20;
    const { result } = renderHook(() => useDaoLogs(dao), { wrapper });
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(START_HEAD + 20), SLOW_MACHINE);
    HEAD = START_HEAD + 21;
    for (const l of pushed.listeners) l(START_HEAD + 21);
    await waitFor(() => expect(result.current.data?.syncedTo).toBe(START_HEAD + 21), SLOW_MACHINE);
  });
});
