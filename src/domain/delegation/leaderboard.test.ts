import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import type { TokenChange } from "@/domain/analytics/token-replay";
import { delegatorsByDelegate, idleSupply } from "./delegators";
import { buildLeaderboard, rankByVotes } from "./leaderboard";
import type { CastVote } from "./votes";

const Z: Address = "0x0000000000000000000000000000000000000000";
const [A, B, C, D, E] = ["a", "b", "c", "d", "e"].map((x) => `0x${x.repeat(40)}` as Address) as [
  Address,
  Address,
  Address,
  Address,
  Address,
];
let log = 0;
const at = (blockNumber: number) => ({ blockNumber, logIndex: log++, timestamp: blockNumber * 86_400 });
const mint = (to: Address, value: bigint, b: number): TokenChange => ({
  kind: "transfer",
  from: Z,
  to,
  value,
  at: at(b),
});
const send = (from: Address, to: Address, value: bigint, b: number): TokenChange => ({
  kind: "transfer",
  from,
  to,
  value,
  at: at(b),
});
const choose = (delegator: Address, toDelegate: Address, b: number): TokenChange => ({
  kind: "delegate",
  delegator,
  toDelegate,
  at: at(b),
});
const power = (delegate: Address, previousVotes: bigint, newVotes: bigint, b: number): TokenChange => ({
  kind: "votes",
  delegate,
  previousVotes,
  newVotes,
  at: at(b),
});

// Day 1: mints A 100, B 50, C 30, D 20. Day 2: A and B choose A (150), C chooses C (30). Day 3: D chooses C (50).
// Day 40: A sends E 40 (A 110); E never delegates. Total 200, delegated 160, idle 40.
const changes: TokenChange[] = [
  mint(A, 100n, 1),
  mint(B, 50n, 1),
  mint(C, 30n, 1),
  mint(D, 20n, 1),
  choose(A, A, 2),
  power(A, 0n, 100n, 2),
  choose(B, A, 2),
  power(A, 100n, 150n, 2),
  choose(C, C, 2),
  power(C, 0n, 30n, 2),
  choose(D, C, 3),
  power(C, 30n, 50n, 3),
  send(A, E, 40n, 40),
  power(A, 150n, 110n, 40),
];
const vote = (voter: Address, proposalId: bigint, blockNumber: number): CastVote => ({
  proposalId,
  voter: voter.toLowerCase(),
  support: "for",
  weight: 1n,
  reason: "",
  blockNumber,
  transactionHash: "0x00",
});

describe("delegators", () => {
  it("lists each delegate's current delegators with balances and when they chose it", () => {
    const map = delegatorsByDelegate(changes);
    expect(map.get(A)?.map((d) => [d.holder, d.balance, d.since.blockNumber])).toEqual([
      [A, 60n, 2],
      [B, 50n, 2],
    ]);
    expect(map.get(C)?.map((d) => [d.holder, d.balance, d.since.blockNumber])).toEqual([
      [C, 30n, 2],
      [D, 20n, 3],
    ]);
    expect(delegatorsByDelegate(changes, 2).get(C)?.length).toBe(1);
  });

  it("idle supply is what holders without a delegate hold", () => {
    expect(idleSupply(changes)).toBe(40n);
    expect(idleSupply(changes, 2)).toBe(20n); // D had not chosen yet
    expect(idleSupply([...changes, choose(A, Z, 41)])).toBe(100n); // A undelegates its 60
  });
});

describe("leaderboard", () => {
  const board = buildLeaderboard({
    changes,
    atBlock: 50,
    proposals: [{ id: 1n, title: "P1", proposer: A, snapshot: 30n, voteEnd: 35n, blockNumber: 29 }],
    votes: [vote(C, 1n, 31)],
    clock: { kind: "blocknumber" },
    nowClock: 50n,
    nowSeconds: 50 * 86_400,
    quorum: 120n,
    timeOf: (p) => p.blockNumber * 86_400,
  });

  it("ranks delegates with supply figures that add up", () => {
    expect(board.rows.map((r) => [r.address, r.rank, r.votes, r.delegators])).toEqual([
      [A, 1, 110n, 2],
      [C, 2, 50n, 2],
    ]);
    expect([board.totalSupply, board.delegatedSupply, board.idleSupply]).toEqual([200n, 160n, 40n]);
  });

  it("counts delegates for quorum and for a majority of delegated power", () => {
    expect(board.forQuorum).toBe(2); // 110 < 120 ≤ 160
    expect(board.forMajority).toBe(1); // 110 > 80
  });

  it("gives participation, last vote and the 30-day change", () => {
    const [a, c] = board.rows;
    expect(a?.participation).toEqual({ voted: 0, eligible: 1 });
    expect(c?.participation).toEqual({ voted: 1, eligible: 1 });
    expect(c?.lastVote?.proposalId).toBe(1n);
    expect(a?.change30d).toBe(-40n); // 150 on day 20, 110 on day 50
    expect(c?.change30d).toBe(0n);
  });

  it("shows the board as it stood at an earlier block", () => {
    const early = buildLeaderboard({
      changes,
      atBlock: 2,
      proposals: [],
      votes: [],
      clock: { kind: "blocknumber" },
      nowClock: 2n,
      nowSeconds: 2 * 86_400,
      quorum: null,
      timeOf: (p) => p.blockNumber,
    });
    expect(early.rows.map((r) => [r.address, r.votes])).toEqual([
      [A, 150n],
      [C, 30n],
    ]);
    expect(early.forQuorum).toBeNull();
  });
});

describe("ranking ties", () => {
  it("shares a rank between equal votes and skips the next (1, 1, 3, 4)", () => {
    const ranked = rankByVotes([
      { address: "x", votes: 10n },
      { address: "z", votes: 20n },
      { address: "y", votes: 20n },
      { address: "w", votes: 5n },
    ]);
    expect(ranked.map((r) => `${r.address}${r.rank}`)).toEqual(["y1", "z1", "x3", "w4"]);
  });
});
