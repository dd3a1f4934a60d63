import { describe, expect, it } from "vitest";
import { type CastVote, quietDelegates, turnouts, votersByMonth } from "./participation";

const jan15 = Date.UTC(2026, 0, 15) / 1000;
const mar2 = Date.UTC(2026, 2, 2) / 1000;
const votes: CastVote[] = [
  { proposalId: 1n, voter: "0xA", weight: 60n, timestamp: jan15 },
  { proposalId: 1n, voter: "0xb", weight: 30n, timestamp: jan15 + 60 },
  { proposalId: 2n, voter: "0xa", weight: 60n, timestamp: mar2 },
  { proposalId: 2n, voter: "0xc", weight: 1n },
];

describe("turnouts", () => {
  it("sums votes per proposal against quorum and the delegated supply at its snapshot", () => {
    const t = turnouts(
      [
        { id: 1n, createdBlock: 10, delegatedAtSnapshot: 200n, quorum: 80n },
        { id: 2n, createdBlock: 20, delegatedAtSnapshot: 0n, quorum: 80n },
        { id: 3n, createdBlock: 30, delegatedAtSnapshot: null, quorum: null },
      ],
      votes,
    );
    expect(t.map((x) => [x.votes, x.voters, x.shareOfDelegated, x.reachedQuorum])).toEqual([
      [90n, 2, 0.45, true],
      [61n, 2, null, false],
      [0n, 0, null, null],
    ]);
  });
});

describe("votersByMonth", () => {
  it("counts distinct voters (any address case) per UTC month, empty months in between, untimed left out", () => {
    expect(votersByMonth(votes)).toEqual([
      { month: "2026-01", start: Date.UTC(2026, 0, 1) / 1000, voters: 2, votes: 2 },
      { month: "2026-02", start: Date.UTC(2026, 1, 1) / 1000, voters: 0, votes: 0 },
      { month: "2026-03", start: Date.UTC(2026, 2, 1) / 1000, voters: 1, votes: 1 },
    ]);
    expect(votersByMonth([])).toEqual([]);
  });
});

describe("quietDelegates", () => {
  it("rates the top delegates on the proposals created after they first held power, least active first", () => {
    const ranked = [
      { address: "0xa", votes: 100n },
      { address: "0xb", votes: 50n },
      { address: "0xd", votes: 40n },
      { address: "0xe", votes: 1n },
    ];
    const first = new Map([
      ["0xa", 1],
      ["0xb", 1],
      ["0xd", 15],
      ["0xe", 99],
    ]);
    const proposals = [
      { id: 1n, createdBlock: 10 },
      { id: 2n, createdBlock: 20 },
    ];
    expect(
      quietDelegates(ranked, first, proposals, votes).map((r) => [r.address, r.voted, r.eligible]),
    ).toEqual([
      ["0xd", 0, 1],
      ["0xb", 1, 2],
      ["0xa", 2, 2],
    ]);
  });
});
