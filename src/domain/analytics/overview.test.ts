import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import type { CountingMode } from "@/domain/dao/quorum";
import { concentrationOf, needsMyVote, type OverviewProposal, recentParticipation } from "./overview";
import type { TokenChange } from "./token-replay";

const A = "0x00000000000000000000000000000000000000aA" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;
const C = "0x00000000000000000000000000000000000000cc" as Address;
let log = 0;
// Block n happens at time 1000 + 12n.
const at = (blockNumber: number) => ({ blockNumber, logIndex: log++, timestamp: 1000 + blockNumber * 12 });
const votes = (b: number, delegate: Address, newVotes: bigint): TokenChange => ({
  kind: "votes",
  delegate,
  previousVotes: 0n,
  newVotes,
  at: at(b),
});
const tally = (f: bigint, against = 0n, abstain = 0n) => ({ for: f, against, abstain });
const proposal = (id: bigint, voteStart: bigint, p: Partial<OverviewProposal> = {}): OverviewProposal => ({
  id,
  title: `P${id}`,
  state: "Active",
  voteStart,
  tally: tally(0n),
  quorum: 10n,
  ...p,
});
const bravo: CountingMode = { support: "bravo", quorum: ["for", "abstain"], params: null };

// A gets power at block 10 (60), loses it at block 30; B gets 30 at block 20; C gets 10 at block 40.
const changes = [votes(10, A, 60n), votes(20, B, 30n), votes(30, A, 0n), votes(40, C, 10n)];

describe("needsMyVote", () => {
  const open = [proposal(1n, 5n), proposal(2n, 15n), proposal(3n, 25n), proposal(4n, 35n)];
  it("lists open proposals where the account had power at the snapshot and has not voted", () => {
    const r = needsMyVote(open, changes, A.toLowerCase(), new Set([3n]), { kind: "blocknumber" }, () => 0);
    // 1: no power yet at block 5; 2: 60 at block 15; 3: voted; 4: power gone at block 35.
    expect(r).toEqual([{ id: 2n, title: "P2", power: 60n }]);
  });
  it("reads a timestamp clock's snapshot as a time, not a block", () => {
    // Snapshots in seconds: block 15 is at 1180, block 25 at 1300.
    const timed = [proposal(2n, 1180n), proposal(3n, 1300n)];
    const r = needsMyVote(timed, changes, A, new Set(), { kind: "timestamp" }, () => 0);
    expect(r).toEqual([
      { id: 2n, title: "P2", power: 60n },
      { id: 3n, title: "P3", power: 60n },
    ]);
    // As blocks, 1180 and 1300 would be after A lost its power.
    expect(needsMyVote(timed, changes, A, new Set(), { kind: "blocknumber" }, () => 0)).toEqual([]);
  });
});

describe("recentParticipation", () => {
  it("takes medians over the last n proposals that were voted on, counting quorum the governor's way", () => {
    const ps = [
      proposal(1n, 1n, { state: "Defeated", tally: tally(1n) }),
      proposal(2n, 2n, { state: "Executed", tally: tally(8n, 0n, 4n) }), // 12 for+abstain: quorum
      proposal(3n, 3n, { state: "Defeated", tally: tally(2n, 20n) }), // 22 turnout, 2 counted: no quorum
      proposal(4n, 4n, { state: "Canceled", tally: tally(50n) }), // canceled: left out
      proposal(5n, 5n, { state: "Pending", quorum: null }), // not started
      proposal(6n, 6n, { state: "Succeeded", tally: tally(30n), quorum: 20n }),
    ];
    expect(recentParticipation(ps, bravo, 3)).toEqual({
      sample: 3,
      medianTurnout: 22n,
      medianQuorum: 10n,
      reachedQuorum: 2,
    });
    expect(recentParticipation(ps, bravo).sample).toBe(4);
  });
  it("has no medians without any voted proposal", () => {
    expect(recentParticipation([], bravo)).toEqual({
      sample: 0,
      medianTurnout: null,
      medianQuorum: null,
      reachedQuorum: 0,
    });
  });
});

describe("concentrationOf", () => {
  it("counts the fewest delegates to quorum and to a majority from the replayed votes", () => {
    // Now: B 30, C 10 (A fell to 0).
    expect(concentrationOf(changes, 35n)).toEqual({ delegates: 2, toQuorum: 2, toMajority: 1 });
    expect(concentrationOf(changes, 50n).toQuorum).toBeNull();
    expect(concentrationOf(changes, null).toQuorum).toBeNull();
  });
});
