import { describe, expect, it } from "vitest";
import type { DaoEvent } from "@/domain/events/decode";
import type { DaoLogs } from "./dao-logs";
import { type PinnedAnswers, verifyHistory } from "./dao-verification";

const governor = "0x00000000000000000000000000000000000000a1";
const voter = "0x00000000000000000000000000000000000000c3";
const event = (eventName: string, args: Record<string, unknown>, block: number) =>
  ({
    address: governor,
    blockNumber: block,
    logIndex: 0,
    transactionHash: "0x01",
    finalized: true,
    eventName,
    args,
  }) as unknown as DaoEvent;
const created = (id: bigint) =>
  event(
    "ProposalCreated",
    {
      proposalId: id,
      proposer: voter,
      targets: [],
      values: [],
      calldatas: [],
      voteStart: 5n,
      voteEnd: 9n,
      description: "x",
    },
    4,
  );
const logs: DaoLogs = {
  events: [
    created(1n),
    created(2n),
    event("VoteCast", { voter, proposalId: 2n, support: 1, weight: 7n, reason: "" }, 6),
  ],
  syncedTo: 120,
  headHash: "0xaa",
  finalized: 108,
  undecodable: 0,
};
const answers = (votes: bigint, mismatches: PinnedAnswers["mismatches"] = []): PinnedAnswers => ({
  block: 120,
  hashFromGovernor: null,
  governorIds: new Map(),
  // Proposal 1 is settled from its logs: only 2 was read.
  statuses: new Map([[2n, { votes: { against: 0n, for: votes, abstain: 0n } }]]),
  mismatches,
});

describe("verifyHistory", () => {
  it("checks the tallies of the proposals the pinned read covered, and says how many", () => {
    const v = verifyHistory(logs, answers(7n));
    expect(v).toMatchObject({ block: 120, verified: true, checkedCount: 1, mismatched: [] });
  });

  it("fails on a recount that differs from proposalVotes, or on a status the governor contradicts", () => {
    expect(verifyHistory(logs, answers(8n))).toMatchObject({ verified: false, mismatched: [2n] });
    const late = { proposalId: 2n, field: "deadline" as const, derived: "9", read: "12" };
    expect(verifyHistory(logs, answers(7n, [late]))).toMatchObject({
      verified: false,
      statusMismatches: [late],
    });
  });

  it("waits until the read answers for the very block the history covers", () => {
    expect(verifyHistory(logs, undefined)).toBeNull();
    expect(verifyHistory({ ...logs, syncedTo: 121 }, answers(7n))).toBeNull();
  });
});
