import { describe, expect, it } from "vitest";
import type { LogFilter } from "./fetch-ranges";
import { fetchGroups, logMatches, mergeFilters } from "./merge-filters";

const A = `0x${"aa".repeat(20)}` as const;
const B = `0x${"bb".repeat(20)}` as const;
const T = `0x${"11".repeat(32)}` as const; // Transfer
const V = `0x${"22".repeat(32)}` as const; // another event
const WHO = `0x${"33".repeat(32)}` as const; // the treasury, padded

describe("mergeFilters", () => {
  it("merges filters that differ only in their addresses (any address wins)", () => {
    expect(mergeFilters({ address: [A], topics: [T, WHO] }, { address: [B], topics: [T, WHO] })).toEqual({
      address: [A, B],
      topics: [T, WHO],
    });
    expect(mergeFilters({ address: [A], topics: [T, WHO] }, { address: [], topics: [T, WHO] })).toEqual({
      address: [],
      topics: [T, WHO],
    });
  });

  it("merges filters that differ in one topic position", () => {
    expect(mergeFilters({ address: [A], topics: [[T]] }, { address: [A], topics: [V] })).toEqual({
      address: [A],
      topics: [[T, V]],
    });
  });

  it("refuses merges whose union would ask for more than both", () => {
    // Transfers into and out of the treasury: merged they would be every Transfer of the token.
    expect(mergeFilters({ address: [A], topics: [T, WHO] }, { address: [A], topics: [T, null, WHO] })).toBe(
      null,
    );
    expect(mergeFilters({ address: [A], topics: [T] }, { address: [B], topics: [V] })).toBe(null);
  });
});

describe("fetchGroups", () => {
  const f = (filter: LogFilter, blocks = "[[10,20]]") => ({ filter, blocks });
  it("groups the streams that can share one getLogs, and only those over the same blocks", () => {
    const groups = fetchGroups([
      f({ address: [A, B], topics: [[T, V]] }),
      f({ address: [A], topics: [T, WHO] }),
      f({ address: [A], topics: [T, null, WHO] }),
      f({ address: [], topics: [T, WHO] }),
      f({ address: [], topics: [T, null, WHO] }),
      f({ address: [B], topics: [T, WHO] }, "[[15,20]]"),
    ]);
    expect(groups.map((g) => g.members)).toEqual([[0], [1, 3], [2, 4], [5]]);
    expect(groups[1]?.filter).toEqual({ address: [], topics: [T, WHO] });
  });
});

describe("logMatches", () => {
  it("tells a member's logs from the others' in a merged answer", () => {
    expect(
      logMatches(A.toUpperCase().replace("0X", "0x"), [T, WHO], { address: [A], topics: [T, WHO] }),
    ).toBe(true);
    expect(logMatches(B, [T, WHO], { address: [A], topics: [T, WHO] })).toBe(false);
    expect(logMatches(A, [T], { address: [A], topics: [T, WHO] })).toBe(false);
    expect(logMatches(A, [T, V, WHO], { address: [], topics: [T, null, WHO] })).toBe(true);
  });
});
