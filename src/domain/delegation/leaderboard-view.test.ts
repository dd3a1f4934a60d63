import { describe, expect, it } from "vitest";
import type { DelegateRow } from "./leaderboard";
import { leaderboardSearch, PAGE_SIZE, parseLeaderboardView, viewRows } from "./leaderboard-view";

const row = (i: number, votes: bigint, delegators: number): DelegateRow => ({
  address: `0x${i.toString(16).padStart(40, "0")}`,
  rank: i + 1,
  votes,
  delegators,
  participation: { voted: i % 3, eligible: 3 },
  lastVote: null,
  change30d: BigInt(i % 5),
});

describe("leaderboard view", () => {
  it.each([
    [{}, { sort: "votes", ascending: false, q: "", page: 1 }],
    [
      { sort: "delegators-asc", page: "3", q: " ada " },
      { sort: "delegators", ascending: true, q: "ada", page: 3 },
    ],
    [
      { sort: "nonsense", page: "-2" },
      { sort: "votes", ascending: false, q: "", page: 1 },
    ],
  ])("parses %o", (search, expected) => {
    expect(parseLeaderboardView(search)).toEqual(expected);
  });

  it("round-trips through the URL, defaults left out", () => {
    expect(leaderboardSearch(parseLeaderboardView({}))).toEqual({});
    expect(leaderboardSearch({ sort: "change", ascending: true, q: "x", page: 2 })).toEqual({
      sort: "change-asc",
      q: "x",
      page: "2",
    });
  });

  it("sorts, breaks ties by rank, filters by name and pages 2,000 rows", () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => row(i, BigInt(2_000 - i), i % 7));
    const started = performance.now();
    const v = viewRows(rows, { sort: "delegators", ascending: false, q: "", page: 2 }, () => undefined);
    expect(performance.now() - started).toBeLessThan(200);
    expect(v.pages).toBe(Math.ceil(2_000 / PAGE_SIZE));
    expect(v.rows).toHaveLength(PAGE_SIZE);
    expect(v.rows.every((r) => r.delegators === 6)).toBe(true);
    const names = (a: string) => (a === rows[5]?.address ? "Ada Okafor" : undefined);
    expect(viewRows(rows, { sort: "votes", ascending: false, q: "okafor", page: 9 }, names)).toMatchObject({
      matched: 1,
      page: 1,
    });
  });
});
