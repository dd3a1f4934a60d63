import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/chain/store/memory-store";
import { streamsOf } from "./dao-logs";
import { usePrefetchAllStreams } from "./prefetch-streams";

const store = vi.hoisted(() => ({ current: null as ReturnType<typeof createMemoryStore> | null }));
vi.mock("./sync-engines", () => ({
  getSyncStore: async () => store.current,
  getSyncEngine: async () => ({ sync: () => new Promise(() => undefined) }),
  onPushedHead: () => () => undefined,
}));

const daoAt = (n: number) =>
  ({
    chainId: 31337,
    governor: `0x00000000000000000000000000000000000000${n.toString(16).padStart(2, "0")}`,
    token: "0x00000000000000000000000000000000000000b2",
    timelock: "0x00000000000000000000000000000000000000c3",
    deployBlock: 1,
  }) as const;

function render(dao: ReturnType<typeof daoAt>) {
  const client = new QueryClient();
  const prefetch = vi.spyOn(client, "prefetchQuery");
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  renderHook(() => usePrefetchAllStreams(dao, true), { wrapper });
  return prefetch;
}

describe("usePrefetchAllStreams", () => {
  it("fetches all of a DAO's streams after the list when this browser has none of the treasury streams", async () => {
    store.current = createMemoryStore();
    const prefetch = render(daoAt(0xa1));
    await waitFor(() => expect(prefetch).toHaveBeenCalledTimes(1));
    expect(prefetch.mock.calls[0]?.[0].queryKey).toMatchObject(["sync", "logs", { scope: "all" }]);
  });

  it("fetches nothing when every stream is stored from an earlier visit (a reload)", async () => {
    const dao = daoAt(0xa2);
    const stored = createMemoryStore();
    for (const s of streamsOf(dao, "all")) {
      await stored.commit({ id: s.id, chainId: 31337, covered: [[1, 50]], anchors: [], deployBlock: 1 }, []);
    }
    store.current = stored;
    const getStream = vi.spyOn(stored, "getStream");
    const prefetch = render(dao);
    await waitFor(() => expect(getStream).toHaveBeenCalledTimes(3));
    // The decision follows the store's answers within microtasks: a macrotask later it has been taken.
    await new Promise((r) => setTimeout(r, 0));
    expect(prefetch).not.toHaveBeenCalled();
  });
});
