import { describe, expect, it } from "vitest";
import type { Leaderboard } from "./leaderboard";
import { reconcile } from "./reconcile";

const row = (address: string, votes: bigint) => ({
  address,
  rank: 0,
  votes,
  delegators: 1,
  participation: { voted: 0, eligible: 0 },
  lastVote: null,
  change30d: 0n,
});
const board: Leaderboard = {
  blockNumber: 9,
  rows: [row("a", 110n), row("c", 50n)],
  totalSupply: 200n,
  delegatedSupply: 160n,
  idleSupply: 40n,
  forQuorum: 2,
  forMajority: 1,
  histories: new Map(),
};

describe("reconciliation", () => {
  it("holds when replay, supply and getVotes agree", () => {
    const r = reconcile(board, {
      blockNumber: 9,
      totalSupply: 200n,
      votes: new Map([
        ["a", 110n],
        ["c", 50n],
      ]),
    });
    expect(r).toMatchObject({ ok: true, checkedDelegates: 2, mismatches: [] });
  });

  it("checks votes but not the supply where the token has no totalSupply(), naming the votes function", () => {
    const votes = new Map([
      ["a", 110n],
      ["c", 50n],
    ]);
    const r = reconcile(board, { blockNumber: 9, totalSupply: null, votes, votesFrom: "getCurrentVotes" });
    expect(r).toMatchObject({ ok: true, supplyMatches: null, votesFrom: "getCurrentVotes" });
    const wrong = reconcile(board, { blockNumber: 9, totalSupply: null, votes: new Map([["a", 1n]]) });
    expect(wrong).toMatchObject({ ok: false, votesFrom: "getVotes" });
  });

  it("names each delegate whose replayed power differs from the chain", () => {
    const r = reconcile(board, {
      blockNumber: 9,
      totalSupply: 200n,
      votes: new Map([
        ["a", 111n],
        ["c", 50n],
      ]),
    });
    expect(r.ok).toBe(false);
    expect(r.mismatches).toEqual([{ address: "a", replayed: 110n, onChain: 111n }]);
  });

  it("fails when the sums do not add up or nothing was read", () => {
    expect(
      reconcile(
        { ...board, idleSupply: 39n },
        { blockNumber: 9, totalSupply: 200n, votes: new Map([["a", 110n]]) },
      ),
    ).toMatchObject({ ok: false, delegatedMatches: false });
    expect(
      reconcile(board, { blockNumber: 9, totalSupply: 201n, votes: new Map([["a", 110n]]) }),
    ).toMatchObject({
      ok: false,
      supplyMatches: false,
    });
    expect(reconcile(board, { blockNumber: 9, totalSupply: 200n, votes: new Map() }).ok).toBe(false);
  });
});
