import { type Address, encodePacked, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import type { DaoEvent } from "@/domain/events/decode";
import { castVotes } from "./from-events";
import { participation } from "./participation";
import { majorityByProposal, votesByVoter, withMajority } from "./votes";

const governor: Address = "0x00000000000000000000000000000000000000aa";
const omar: Address = "0x00000000000000000000000000000000000000b1";
const nadia: Address = "0x00000000000000000000000000000000000000b2";
const at = { address: governor, logIndex: 0, transactionHash: "0x01" as Hex, finalized: true };

const nominal = (proposalId: bigint, voter: Address, support: number, weight: bigint, blockNumber: number) =>
  ({
    ...at,
    blockNumber,
    eventName: "VoteCast",
    args: { voter, proposalId, support, weight, reason: "" },
  }) as DaoEvent;
const split = (proposalId: bigint, voter: Address, parts: [bigint, bigint, bigint], blockNumber: number) =>
  ({
    ...at,
    blockNumber,
    eventName: "VoteCastWithParams",
    args: {
      voter,
      proposalId,
      support: 255,
      weight: parts[0] + parts[1] + parts[2],
      reason: "split",
      params: encodePacked(["uint128", "uint128", "uint128"], parts),
    },
  }) as DaoEvent;

describe("castVotes on a GovernorCountingFractional governor", () => {
  // Proposal 1: Omar splits 100 against / 300 for / 50 abstain, then votes For 250; Nadia Against 600.
  // Proposal 2: Omar only splits (900 against, 100 for); Nadia For 600.
  const events = [
    split(1n, omar, [100n, 300n, 50n], 10),
    nominal(1n, omar, 1, 250n, 11),
    nominal(1n, nadia, 0, 600n, 12),
    split(2n, omar, [900n, 100n, 0n], 13),
    nominal(2n, nadia, 1, 600n, 14),
  ];
  const votes = castVotes(events, governor);

  it("keeps split votes (support 255 with params), labelled split, with their parts", () => {
    expect(votes).toHaveLength(5);
    expect(votes[0]).toMatchObject({ support: "split", weight: 450n, voter: omar.toLowerCase() });
    expect(votes[0]?.parts).toEqual([
      { support: "against", weight: 100n },
      { support: "for", weight: 300n },
      { support: "abstain", weight: 50n },
    ]);
    expect(votes[1]).toMatchObject({ support: "for", weight: 250n });
  });

  it("counts a split vote as having voted, and its parts in each proposal's majority", () => {
    const mine = votesByVoter(votes).get(omar.toLowerCase());
    expect([...(mine?.keys() ?? [])]).toEqual([1n, 2n]);
    const proposals = [1n, 2n].map((id) => ({
      id,
      title: "",
      proposer: nadia,
      snapshot: 5n,
      voteEnd: 100n,
      blockNumber: 1,
    }));
    const points = [{ blockNumber: 1, timestamp: 1, votes: 1_000n }];
    expect(participation(points, mine, proposals, { kind: "blocknumber" }, 50n)).toEqual({
      voted: 2,
      eligible: 2,
    });
    // 1: against 700, for 550, abstain 50. 2: against 900, for 700.
    const majority = majorityByProposal(votes);
    expect(majority.get(1n)).toBe("against");
    expect(majority.get(2n)).toBe("against");
    // Omar's first vote on each is a split: it took no one side, so "with the majority" leaves both out.
    expect(withMajority(mine, majority)).toEqual({ agreed: 0, of: 0 });
  });

  it("leaves out a support value it cannot read", () => {
    const odd = { ...nominal(3n, nadia, 7, 1n, 20) } as DaoEvent;
    expect(castVotes([odd], governor)).toEqual([]);
  });
});
