import { encodePacked } from "viem";
import { describe, expect, it } from "vitest";
import { checkTallies, tallyFromVotes } from "@/domain/verify/tallies";
import { decodeFractionalParams, FRACTIONAL_SUPPORT, voteParts } from "./fractional";

const packed = (a: bigint, f: bigint, ab: bigint) =>
  encodePacked(["uint128", "uint128", "uint128"], [a, f, ab]);
const E18 = 10n ** 18n;

describe("fractional vote params", () => {
  it("decodes abi.encodePacked(uint128 against, uint128 for, uint128 abstain)", () => {
    expect(decodeFractionalParams(packed(100n * E18, 300n * E18, 50n * E18))).toEqual({
      against: 100n * E18,
      for: 300n * E18,
      abstain: 50n * E18,
    });
    const max = 2n ** 128n - 1n;
    expect(decodeFractionalParams(packed(max, 0n, 1n))).toEqual({ against: max, for: 0n, abstain: 1n });
  });

  it("refuses params of any other length", () => {
    expect(decodeFractionalParams("0x")).toBeNull();
    expect(decodeFractionalParams(`${packed(1n, 2n, 3n)}00`)).toBeNull();
  });

  it("splits a vote into the supports it counts for, as the governor does", () => {
    expect(voteParts({ support: 1, weight: 7n })).toEqual([{ support: "for", weight: 7n }]);
    expect(voteParts({ support: FRACTIONAL_SUPPORT, weight: 9n, params: packed(2n, 0n, 7n) })).toEqual([
      { support: "against", weight: 2n },
      { support: "abstain", weight: 7n },
    ]);
    // A split that does not add up to the logged weight, an unknown support: not countable here.
    expect(voteParts({ support: FRACTIONAL_SUPPORT, weight: 10n, params: packed(2n, 0n, 7n) })).toBeNull();
    expect(voteParts({ support: FRACTIONAL_SUPPORT, weight: 10n })).toBeNull();
    expect(voteParts({ support: 3, weight: 10n })).toBeNull();
  });
});

describe("tallies with fractional votes", () => {
  const id = 1n;
  // One voter in three calls (two splits, then a nominal For with what is left), plus two nominal voters.
  const votes = [
    { proposalId: id, support: 255, weight: 450n, params: packed(100n, 300n, 50n) },
    { proposalId: id, support: 255, weight: 250n, params: packed(0n, 200n, 50n) },
    { proposalId: id, support: 1, weight: 300n },
    { proposalId: id, support: 0, weight: 600n, params: "0x" as const },
    { proposalId: id, support: 2, weight: 400n },
  ];

  it("adds every vote of a voter, each split decoded", () => {
    expect(tallyFromVotes(votes).get(id)).toEqual({ against: 700n, for: 800n, abstain: 500n, uncounted: 0 });
  });

  it("matches proposalVotes with no alarm, and still catches a real difference", () => {
    const onchain = new Map([[id, { against: 700n, for: 800n, abstain: 500n }]]);
    expect(checkTallies([id], votes, onchain)[0]?.status).toBe("ok");
    const off = new Map([[id, { against: 700n, for: 801n, abstain: 500n }]]);
    expect(checkTallies([id], votes, off)[0]?.status).toBe("mismatch");
  });

  it("does not call a tally forged when some votes are of a kind it cannot split", () => {
    const odd = [...votes, { proposalId: id, support: 7, weight: 5n }];
    const onchain = new Map([[id, { against: 700n, for: 805n, abstain: 500n }]]);
    expect(checkTallies([id], odd, onchain)[0]?.status).toBe("uncounted");
  });
});
