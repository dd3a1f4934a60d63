import { describe, expect, it } from "vitest";
import type { TokenChange } from "@/domain/analytics/token-replay";
import {
  DAY_SECONDS,
  powerChange,
  powerHistories,
  votesAtBlock,
  votesAtClock,
  votesAtTime,
} from "./power-history";

const A = "0x00000000000000000000000000000000000000aa";
const T0 = 1_700_000_000;
// Block n is mined at T0 + n days on this toy chain.
const timeOf = (at: { blockNumber: number }) => T0 + at.blockNumber * DAY_SECONDS;
const votes = (block: number, prev: bigint, next: bigint, logIndex = 0): TokenChange => ({
  kind: "votes",
  delegate: A,
  previousVotes: prev,
  newVotes: next,
  at: { blockNumber: block, logIndex },
});

describe("power history", () => {
  const changes = [
    votes(10, 0n, 100n),
    votes(20, 100n, 150n),
    votes(20, 150n, 120n, 1),
    votes(50, 120n, 40n),
  ];
  const points = powerHistories(changes, timeOf).get(A);

  it("keeps the last change of a block, dated by the block", () => {
    expect(points).toEqual([
      { blockNumber: 10, timestamp: T0 + 10 * DAY_SECONDS, votes: 100n },
      { blockNumber: 20, timestamp: T0 + 20 * DAY_SECONDS, votes: 120n },
      { blockNumber: 50, timestamp: T0 + 50 * DAY_SECONDS, votes: 40n },
    ]);
  });

  it.each([
    [9, 0n],
    [10, 100n],
    [19, 100n],
    [20, 120n],
    [49, 120n],
    [50, 40n],
    [999, 40n],
  ])("votes at block %i = %s (inclusive, like getPastVotes)", (block, expected) => {
    expect(votesAtBlock(points, block)).toBe(expected);
  });

  it("reads the clock the DAO uses: blocks or seconds", () => {
    expect(votesAtClock(points, { kind: "blocknumber" }, 20n)).toBe(120n);
    expect(votesAtClock(points, { kind: "timestamp" }, BigInt(T0 + 20 * DAY_SECONDS - 1))).toBe(100n);
    expect(votesAtTime(undefined, T0)).toBe(0n);
  });

  it("30-day change: now − 30 days before, in dates", () => {
    // At day 55: 40 now, 120 at day 25 → −80. At day 35: 120 now, nothing yet at day 5 → +120.
    expect(powerChange(points, T0 + 55 * DAY_SECONDS)).toBe(-80n);
    expect(powerChange(points, T0 + 35 * DAY_SECONDS)).toBe(120n);
    expect(powerChange(points, T0 + 200 * DAY_SECONDS)).toBe(0n);
  });

  it("stops at the pinned block", () => {
    expect(
      powerHistories(changes, timeOf, 20)
        .get(A)
        ?.map((p) => p.votes),
    ).toEqual([100n, 120n]);
  });
});
