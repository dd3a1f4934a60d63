import { describe, expect, it } from "vitest";
import { checkDelegateTarget, ordinal, rankAfterMove } from "./delegate-input";

const holder = {
  address: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  balance: 1_200n,
  currentDelegate: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
} as const;

describe("delegate target", () => {
  it.each([
    ["", /Enter the address/],
    ["0x123", /not an address/],
    ["0x0000000000000000000000000000000000000000", /zero address/],
    ["0x70997970c51812dc3a010c7d01b50e0d17dc79c8", /already delegate/],
  ])("%s is refused", (raw, problem) => {
    const r = checkDelegateTarget(raw, holder);
    expect(r.ok ? "" : r.problem).toMatch(problem);
  });

  it("accepts a lower-case address and checksums it; refuses a holder without tokens", () => {
    expect(checkDelegateTarget(" 0x90f79bf6eb2c4f870365e785982e1f101e93b906 ", holder)).toEqual({
      ok: true,
      delegatee: holder.address,
    });
    const r = checkDelegateTarget(holder.address, { ...holder, balance: 0n });
    expect(r.ok ? "" : r.problem).toMatch(/no tokens/);
  });
});

describe("effect of a move", () => {
  const rows = [
    { address: "a", votes: 5_000n },
    { address: "b", votes: 3_000n },
    { address: "c", votes: 2_500n },
  ];
  it.each([
    ["c rises from 3rd to 2nd", "a", "c", 1_200n, { before: 3, after: 2, votesAfter: 3_700n }],
    ["a newcomer enters at 4th", null, "d", 100n, { before: null, after: 4, votesAfter: 100n }],
    ["a tie shares the rank", null, "c", 500n, { before: 3, after: 2, votesAfter: 3_000n }],
    ["b overtakes a", "a", "b", 1_500n, { before: 2, after: 1, votesAfter: 4_500n }],
  ])("%s", (_, from, to, amount, expected) => {
    expect(rankAfterMove(rows, from, to, amount)).toEqual(expected);
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [21, "21st"],
    [113, "113th"],
  ])("%i is %s", (n, s) => expect(ordinal(n)).toBe(s));
});
