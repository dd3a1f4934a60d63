import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { delegatedAt, firstPowerBlocks } from "./snapshots";
import type { TokenChange } from "./token-replay";
import { powerSeries, tokenSeries } from "./token-series";

const Z = "0x0000000000000000000000000000000000000000" as Address;
const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;
const T = "0x00000000000000000000000000000000000000cc" as Address;
let log = 0;
const at = (blockNumber: number) => ({ blockNumber, logIndex: log++, timestamp: 1000 + blockNumber * 12 });
const transfer = (b: number, from: Address, to: Address, value: bigint): TokenChange => ({
  kind: "transfer",
  from,
  to,
  value,
  at: at(b),
});
const votes = (b: number, delegate: Address, previousVotes: bigint, newVotes: bigint): TokenChange => ({
  kind: "votes",
  delegate,
  previousVotes,
  newVotes,
  at: at(b),
});

// 1: mint 100 to A, A self-delegates. 2: mint 50 to the treasury T. 3: T pays B 20, B delegates to A.
// 4: B burns 5 (A's votes 120 → 115). 5: a delegation change that moves no totals.
const history: TokenChange[] = [
  transfer(1, Z, A, 100n),
  votes(1, A, 0n, 100n),
  transfer(2, Z, T, 50n),
  transfer(3, T, B, 20n),
  votes(3, A, 100n, 120n),
  transfer(4, B, Z, 5n),
  votes(4, A, 120n, 115n),
  { kind: "delegate", delegator: A, toDelegate: A, at: at(5) },
];

describe("tokenSeries", () => {
  it("records supply, delegated, treasury and holders per changing block, with mints and burns", () => {
    expect(tokenSeries(history, T)).toEqual([
      {
        blockNumber: 1,
        timestamp: 1012,
        totalSupply: 100n,
        delegatedSupply: 100n,
        treasury: 0n,
        holders: 1,
        minted: 100n,
        burned: 0n,
      },
      {
        blockNumber: 2,
        timestamp: 1024,
        totalSupply: 150n,
        delegatedSupply: 100n,
        treasury: 50n,
        holders: 2,
        minted: 50n,
        burned: 0n,
      },
      {
        blockNumber: 3,
        timestamp: 1036,
        totalSupply: 150n,
        delegatedSupply: 120n,
        treasury: 30n,
        holders: 3,
        minted: 0n,
        burned: 0n,
      },
      {
        blockNumber: 4,
        timestamp: 1048,
        totalSupply: 145n,
        delegatedSupply: 115n,
        treasury: 30n,
        holders: 3,
        minted: 0n,
        burned: 5n,
      },
    ]);
  });

  it("counts no treasury without one, and is empty for no changes", () => {
    expect(tokenSeries(history, null).map((p) => p.treasury)).toEqual([0n, 0n, 0n, 0n]);
    expect(tokenSeries([], T)).toEqual([]);
  });
});

describe("powerSeries", () => {
  it("follows the chosen delegates in order, one point per block where one of them changed", () => {
    expect(powerSeries(history, [B, A]).map((p) => [p.blockNumber, p.votes])).toEqual([
      [1, [0n, 100n]],
      [3, [0n, 120n]],
      [4, [0n, 115n]],
    ]);
  });
});

describe("delegatedAt", () => {
  it("counts changes at or before each timepoint, in any order of timepoints", () => {
    expect(delegatedAt(history, [3, 0, 1, 9], "blocknumber")).toEqual([120n, 0n, 100n, 115n]);
    expect(delegatedAt(history, [1036, 1035], "timestamp")).toEqual([120n, 100n]);
  });

  it("cannot answer on a timestamp clock when a change has no time", () => {
    const untimed: TokenChange = { ...votes(6, B, 0n, 1n), at: { blockNumber: 6, logIndex: 99 } };
    expect(delegatedAt([...history, untimed], [2000], "timestamp")).toEqual([null]);
  });
});

describe("firstPowerBlocks", () => {
  it("is the block each delegate first held votes", () => {
    expect(firstPowerBlocks(history)).toEqual(new Map([[A.toLowerCase(), 1]]));
  });
});
