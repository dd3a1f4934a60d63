import { QueryClient } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { GovernorStatusRead } from "@/chain/reads/governor-pinned";
import { parseCountingMode } from "@/domain/dao/quorum";
import type { DaoEvent } from "@/domain/events/decode";
import { assembleProposals, type CreatedLog } from "@/domain/proposals/assemble";
import { eventsKey } from "@/domain/proposals/events-key";
import { earlyHeadReadParams, type GovernorReadKind, headReadQueryOptions } from "./head-read";
import { type AtHeadKeyParams, listAtHeadQueryOptions } from "./list-at-head";
import type { ListSnapshot } from "./list-snapshot";

const governor = "0x00000000000000000000000000000000000000a1" as Address;
const alice = "0x00000000000000000000000000000000000000c3" as Address;
const S = 50; // the block the device's list was confirmed at
const H = 80; // this visit's head

// Every pinned read the list asks for, and what the governor answers at the head.
const chain = vi.hoisted(() => ({
  reads: [] as { ids: bigint[]; block: bigint }[],
  answers: new Map<bigint, GovernorStatusRead>(),
}));
vi.mock("@/chain/client", () => ({
  getPublicClient: () => ({ getBlock: async () => ({ timestamp: 9_000n }) }),
}));
vi.mock("@/chain/reads/governor-pinned", () => ({
  readPinnedGovernor: async (
    _client: unknown,
    _governor: Address,
    ask: { open: { id: bigint }[] },
    block: bigint,
  ) => {
    chain.reads.push({ ids: ask.open.map((o) => o.id), block });
    const unread = (id: bigint) => ({
      id,
      state: null,
      votes: null,
      deadline: null,
      eta: null,
      quorum: null,
    });
    return {
      clock: block,
      hashFromGovernor: null,
      governorIds: new Map(),
      statuses: ask.open.map((o) => chain.answers.get(o.id) ?? unread(o.id)),
    };
  },
}));

const created = (id: bigint, block: number, end: number): CreatedLog => ({
  proposalId: id,
  proposer: alice,
  targets: [governor],
  values: [0n],
  calldatas: ["0x"],
  voteStart: BigInt(block + 1),
  voteEnd: BigInt(end),
  description: `# Proposal ${id}`,
  blockNumber: BigInt(block),
});
const status = (id: bigint, state: number, tally: [bigint, bigint, bigint], end: number) => ({
  id,
  state,
  votes: { against: tally[0], for: tally[1], abstain: tally[2] },
  deadline: BigInt(end),
  eta: 0n,
  quorum: null,
});
// At S: proposal 1 active (4 for), proposal 2 defeated (final: never read again).
const snapshot: ListSnapshot = {
  proposals: assembleProposals(
    [created(1n, 10, 100), created(2n, 12, 30)],
    [status(1n, 1, [0n, 4n, 0n], 100), status(2n, 3, [9n, 1n, 0n], 30)],
    [],
  ),
  now: { mode: { kind: "blocknumber" }, clock: BigInt(S), timestamp: 5_000 },
  blockNumber: BigInt(S),
  blockHash: `0x${"5".repeat(64)}` as Hex,
} as ListSnapshot;

let logIndex = 0;
const ev = (block: number, eventName: string, args: Record<string, unknown>) =>
  ({
    address: governor,
    blockNumber: block,
    logIndex: logIndex++,
    transactionHash: `0x${block.toString(16).padStart(64, "0")}`,
    finalized: true,
    eventName,
    args,
  }) as unknown as DaoEvent;

const kind: GovernorReadKind = {
  chainId: 31337,
  governor,
  clock: "blocknumber",
  tallyFrom: "proposalVotes",
  compound: false,
};
const keyOf = (events: DaoEvent[]): AtHeadKeyParams => ({
  ...kind,
  since: S,
  sinceHash: snapshot.blockHash as Hex,
  syncedTo: H,
  headHash: `0x${"8".repeat(64)}`,
  events: eventsKey(events),
  blockSeconds: 12,
  mode: parseCountingMode("support=bravo&quorum=for,abstain"),
  timelock: null,
  token: null,
});
const listAt = (client: QueryClient, events: DaoEvent[]) => {
  const delta = { events, since: S, syncedTo: H, headHash: keyOf(events).headHash };
  return client.fetchQuery(listAtHeadQueryOptions(keyOf(events), snapshot, delta));
};

beforeEach(() => {
  chain.reads.length = 0;
  chain.answers = new Map([
    [1n, status(1n, 1, [0n, 7n, 0n], 100)],
    [3n, status(3n, 0, [0n, 0n, 0n], 140)],
  ]);
});

describe("the list at the head and the early read", () => {
  it("takes the early read of the open proposals at the same head, and reads only the proposal created since", async () => {
    const client = new QueryClient();
    const early = client.fetchQuery(headReadQueryOptions(earlyHeadReadParams(kind, snapshot, H)));
    const delta = [ev(60, "VoteCast", { voter: alice, proposalId: 1n, support: 1, weight: 3n, reason: "" })];
    delta.push(ev(70, "ProposalCreated", { ...created(3n, 70, 140), signatures: [""] }));
    const [, list] = await Promise.all([early, listAt(client, delta)]);
    expect(chain.reads).toEqual([
      { ids: [1n], block: BigInt(H) },
      { ids: [3n], block: BigInt(H) },
    ]);
    expect(list.proposals.map((p) => [p.id, p.state, p.tally.for])).toEqual([
      [1n, "Active", 7n],
      [2n, "Defeated", 1n],
      [3n, "Pending", 0n],
    ]);
    expect(list.check).toMatchObject({ block: H, read: 2, mismatches: [], unread: [], talliesChecked: 2 });
  });

  it("with no new proposal since, needs no read after the logs", async () => {
    const client = new QueryClient();
    await client.fetchQuery(headReadQueryOptions(earlyHeadReadParams(kind, snapshot, H)));
    const list = await listAt(client, [
      ev(61, "VoteCast", { voter: alice, proposalId: 1n, support: 1, weight: 3n, reason: "" }),
    ]);
    expect(chain.reads).toEqual([{ ids: [1n], block: BigInt(H) }]);
    expect(list.check.mismatches).toEqual([]);
  });

  it("reads again at the logs' head when the early read was at another block", async () => {
    const client = new QueryClient();
    await client.fetchQuery(headReadQueryOptions(earlyHeadReadParams(kind, snapshot, H - 1)));
    await listAt(client, []);
    expect(chain.reads).toEqual([
      { ids: [1n], block: BigInt(H - 1) },
      { ids: [1n], block: BigInt(H) },
    ]);
  });
});
