import { describe, expect, it } from "vitest";
import { captureCost } from "./capture";
import { balanceBuckets, medianOf, rankByVotes } from "./distribution";

describe("balanceBuckets", () => {
  it("groups 18-decimal balances by powers of ten of whole tokens, empty buckets in between kept", () => {
    const e18 = 10n ** 18n;
    const b = balanceBuckets([e18 / 2n, 3n * e18, 9n * e18, 2500n * e18, 0n], 18);
    expect(b.map((x) => [x.from, x.to, x.holders])).toEqual([
      [0n, 1n, 1],
      [1n, 10n, 2],
      [10n, 100n, 0],
      [100n, 1000n, 0],
      [1000n, 10000n, 1],
    ]);
    expect(b[1]?.total).toBe(12n * e18);
  });

  it("counts NFTs (0 decimals) as whole units and starts at the smallest bucket used", () => {
    expect(balanceBuckets([1n, 1n, 12n], 0).map((x) => [x.from, x.holders])).toEqual([
      [1n, 2],
      [10n, 1],
    ]);
    expect(balanceBuckets([], 18)).toEqual([]);
  });
});

describe("rankByVotes", () => {
  it("orders by power, ties by address, zeros out", () => {
    const r = rankByVotes(
      new Map([
        ["0xb", 5n],
        ["0xa", 5n],
        ["0xc", 9n],
        ["0xd", 0n],
      ]),
    );
    expect(r.map((x) => x.address)).toEqual(["0xc", "0xa", "0xb"]);
  });
});

describe("medianOf and captureCost", () => {
  it.each([
    [[], null],
    [[7n], 7n],
    [[9n, 1n, 5n], 5n],
    [[4n, 1n, 3n, 2n], 2n],
  ])("median of case %# is %s", (values, median) => {
    expect(medianOf(values)).toBe(median);
  });

  it("needs one vote more than the median turnout, and never less than quorum", () => {
    expect(captureCost([100n, 300n, 200n], 50n)).toEqual({
      sample: 3,
      medianTurnout: 200n,
      quorum: 50n,
      votesNeeded: 201n,
    });
    expect(captureCost([10n, 20n], 400n).votesNeeded).toBe(400n);
    expect(captureCost([], 400n).votesNeeded).toBe(400n);
    expect(captureCost([], null).votesNeeded).toBeNull();
    expect(captureCost([8n], null).votesNeeded).toBe(9n);
  });
});
