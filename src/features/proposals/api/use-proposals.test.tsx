import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { oz5Kind } from "@/domain/dao/governor-kind-fixtures";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import type { ProposalsData } from "./read-proposals";
import { useProposals } from "./use-proposals";

// The list read, reduced to what this test is about: it shows whatever the synced events say.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./read-proposals", () => ({
  readProposalsData: async (_client: unknown, _q: unknown, _p: unknown, events: readonly DaoEvent[]) => {
    reads.count++;
    return { titles: events.map((e) => e.transactionHash), blockNumber: 9n } as unknown as ProposalsData;
  },
}));
// The list from logs alone, reduced the same way (and marked, so a test can tell it from a read one).
vi.mock("./assemble-data", () => ({
  proposalsFromLogs: (p: { syncedTo: number }, events: readonly DaoEvent[]) =>
    ({
      titles: events.map((e) => `logs:${e.transactionHash}`),
      blockNumber: BigInt(p.syncedTo),
    }) as unknown as ProposalsData,
}));
vi.mock("@/chain/client", () => ({ getPublicClient: () => ({}) }));

const dao = {
  chainId: 31337,
  governor: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  kind: oz5Kind,
  clock: { kind: "blocknumber" },
  blockSeconds: 12,
  token: null,
  timelock: null,
  treasury: { address: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", ethBalance: 0n, isTimelock: false },
} as unknown as DaoIdentity;

const event = (tx: string) => ({ transactionHash: tx, blockNumber: 9, logIndex: 0 }) as unknown as DaoEvent;

function Titles({ events, copy }: { events?: DaoEvent[]; copy?: DaoEvent[] }) {
  const r = useProposals(dao, events && { events, syncedTo: 9 }, copy && { events: copy, syncedTo: 7 });
  const titles = (r.data as unknown as { titles?: string[] } | undefined)?.titles;
  const at = r.fromLogsAt === null ? "" : ` (from logs through ${r.fromLogsAt})`;
  return <p>{titles ? `shows ${titles.join(",")}${at}` : "loading"}</p>;
}

describe("useProposals", () => {
  it("reads the list again when a reorg replaces logs at the same head block", async () => {
    const client = new QueryClient();
    const wrap = (node: ReactNode) => <QueryClientProvider client={client}>{node}</QueryClientProvider>;
    const { rerender } = render(wrap(<Titles events={[event("0xaaa")]} />));
    await screen.findByText("shows 0xaaa");
    // Same head block (9), same number of logs: only their content differs.
    rerender(wrap(<Titles events={[event("0xbbb")]} />));
    await screen.findByText("shows 0xbbb");
    expect(screen.queryByText("shows 0xaaa")).toBeNull();
  });

  it("paints this browser's copy of the logs, labelled with its block, without any read", async () => {
    const client = new QueryClient();
    reads.count = 0;
    render(
      <QueryClientProvider client={client}>
        <Titles copy={[event("0xccc")]} />
      </QueryClientProvider>,
    );
    expect(screen.getByText("shows logs:0xccc (from logs through 7)")).toBeTruthy();
    expect(reads.count).toBe(0);
  });
});
