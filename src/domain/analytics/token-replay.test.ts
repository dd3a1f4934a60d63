import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { supplySeries, type TokenChange, tokenStateAt } from "./token-replay";

const Z = "0x0000000000000000000000000000000000000000" as Address;
const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;
let log = 0;
const at = (blockNumber: number) => ({ blockNumber, logIndex: log++, timestamp: blockNumber * 12 });
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

// Block 1: mint 100 to A, A delegates to self (votes 0 → 100). Block 2: mint 50 to B (idle).
// Block 3: A sends 40 to B (A's votes 100 → 60). Block 4: B burns 10.
const history: TokenChange[] = [
  transfer(1, Z, A, 100n),
  { kind: "delegate", delegator: A, toDelegate: A, at: at(1) },
  votes(1, A, 0n, 100n),
  transfer(2, Z, B, 50n),
  transfer(3, A, B, 40n),
  votes(3, A, 100n, 60n),
  transfer(4, B, Z, 10n),
];

describe("tokenStateAt", () => {
  it("replays balances, delegation, votes and supply", () => {
    const s = tokenStateAt(history);
    expect(s.totalSupply).toBe(140n);
    expect(s.balances.get(A)).toBe(60n);
    expect(s.balances.get(B)).toBe(80n);
    expect(s.delegateOf.get(A)).toBe(A);
    expect(s.votes.get(A)).toBe(60n);
    expect(s.delegatedSupply).toBe(60n);
  });
  it("stops at the given block", () => {
    const s = tokenStateAt(history, 2);
    expect(s.totalSupply).toBe(150n);
    expect(s.delegatedSupply).toBe(100n);
    expect(s.blockNumber).toBe(2);
  });
  it("drops holders whose balance returns to zero", () => {
    const s = tokenStateAt([...history, transfer(5, A, B, 60n)]);
    expect(s.balances.has(A)).toBe(false);
    expect(s.balances.size).toBe(1);
  });
});

describe("supplySeries", () => {
  it("one point per block that changed a total, with mints and burns", () => {
    expect(
      supplySeries(history).map((p) => [
        p.blockNumber,
        p.totalSupply,
        p.delegatedSupply,
        p.holders,
        p.minted,
      ]),
    ).toEqual([
      [1, 100n, 100n, 1, 100n],
      [2, 150n, 100n, 2, 50n],
      [3, 150n, 60n, 2, 0n],
      [4, 140n, 60n, 2, -10n],
    ]);
  });
  it("keeps the block's timestamp", () => {
    expect(supplySeries(history)[0]?.timestamp).toBe(12);
  });
});
