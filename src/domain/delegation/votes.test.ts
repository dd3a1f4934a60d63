import { describe, expect, it } from "vitest";
import type { Support } from "@/domain/votes/vote";
import {
  agreement,
  type CastVote,
  majorityByProposal,
  openProposals,
  votesByVoter,
  withMajority,
} from "./votes";

const vote = (
  proposalId: bigint,
  voter: string,
  support: Support,
  weight: bigint,
  blockNumber = 1,
): CastVote => ({
  proposalId,
  voter,
  support,
  weight,
  reason: "",
  blockNumber,
  transactionHash: "0x00",
});

// Proposal 1: for 60 (a 50, c 10) vs against 40 (b) → for. 2: against 40 (b) vs for 30 (a) → against.
// 3: for 10 (a) = against 10 (c) → no majority. 4: only b, abstain 5 → abstain.
const all = [
  vote(1n, "a", "for", 50n),
  vote(1n, "b", "against", 40n),
  vote(1n, "c", "for", 10n),
  vote(2n, "a", "for", 30n),
  vote(2n, "b", "against", 40n),
  vote(3n, "a", "for", 10n),
  vote(3n, "c", "against", 10n),
  vote(4n, "b", "abstain", 5n),
];
const byVoter = votesByVoter(all);

describe("majority and agreement", () => {
  it("finds each proposal's winning side by weight; a tie has none", () => {
    expect([...majorityByProposal(all)]).toEqual([
      [1n, "for"],
      [2n, "against"],
      [4n, "abstain"],
    ]);
  });

  it.each([
    ["a", { agreed: 1, of: 2 }], // with on 1, against the majority on 2; 3 undecided
    ["b", { agreed: 2, of: 3 }], // against on 1 (lost), 2 and 4 won
    ["c", { agreed: 1, of: 1 }],
    ["nobody", { agreed: 0, of: 0 }],
  ])("%s voted with the majority %o", (voter, expected) => {
    expect(withMajority(byVoter.get(voter), majorityByProposal(all))).toEqual(expected);
  });

  it("compares two delegates on the proposals both voted on", () => {
    const ac = agreement(byVoter.get("a"), byVoter.get("c"));
    expect(ac.both).toBe(2); // 1 (both for) and 3 (for vs against)
    expect(ac.agreed).toBe(1);
    expect(agreement(byVoter.get("a"), byVoter.get("b"))).toMatchObject({ both: 2, agreed: 0 });
    expect(agreement(byVoter.get("a"), undefined)).toMatchObject({ both: 0, agreed: 0 });
  });
});

describe("openProposals", () => {
  const ref = (id: bigint, snapshot: bigint, voteEnd: bigint) => ({
    id,
    title: `P${id}`,
    proposer: "0xa",
    snapshot,
    voteEnd,
    blockNumber: 1,
  });
  // Seconds on a timestamp clock: 1,700,000,000 is now.
  const now = 1_700_000_000n;
  const refs = [
    ref(1n, now - 10n, now + 100n), // open
    ref(2n, now, now + 100n), // snapshot is now: still pending
    ref(3n, now - 100n, now), // last second of voting: open
    ref(4n, now - 100n, now - 1n), // over
    ref(5n, now - 10n, now + 100n), // canceled
  ];
  it("keeps proposals whose snapshot has passed and whose deadline has not, in the governor's clock", () => {
    expect(openProposals(refs, now, new Set([5n])).map((p) => p.id)).toEqual([1n, 3n]);
  });
});
