import { type Hex, numberToHex, pad } from "viem";
import { describe, expect, it } from "vitest";
import { stateBlockOf } from "./identity-round";

const hash = (n: number): Hex => pad(numberToHex(n), { size: 32 });
// The latest header: block 100, hash h(100), parent h(99).
const head = { number: 100n, hash: hash(100), parentHash: hash(99) };

describe("stateBlockOf", () => {
  it.each([
    ["geth-like: the call ran in the latest block", { number: 100n, lastHash: hash(99) }, 100n],
    ["pending-like: the call ran on top of the latest block", { number: 101n, lastHash: hash(100) }, 100n],
    ["a block landed between the header and the call", { number: 101n, lastHash: hash(999) }, null],
    ["the header is newer than the call's block", { number: 99n, lastHash: hash(98) }, null],
    ["same number, another parent (a reorg between the two)", { number: 100n, lastHash: hash(7) }, null],
  ])("%s", (_, ran, expected) => {
    expect(stateBlockOf(head, ran)).toBe(expected);
  });

  it("compares hashes in any case", () => {
    expect(
      stateBlockOf(head, { number: 100n, lastHash: hash(99).toUpperCase().replace("0X", "0x") as Hex }),
    ).toBe(100n);
  });
});
