import { type Address, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { parseCountingMode } from "../dao/quorum";
import type { DaoEvent } from "../events/decode";
import type { CreatedLog } from "./assemble";
import { deriveStatuses, quorumFromLogs, quorumMatchesRead } from "./derive-status";
import { PROPOSAL_STATES } from "./state";

const governor = "0x00000000000000000000000000000000000000a1" as Address;
const token = "0x00000000000000000000000000000000000000b2" as Address;
const alice = "0x00000000000000000000000000000000000000c3" as Address;
const mode = parseCountingMode("support=bravo&quorum=for,abstain");

let logIndex = 0;
/** A decoded event as the sync hands it over (only the fields the derivation reads matter). */
function ev(address: Address, block: number, eventName: string, args: Record<string, unknown>): DaoEvent {
  return {
    address,
    blockNumber: block,
    logIndex: logIndex++,
    transactionHash: "0x00",
    blockTimestamp: 1_000 + block * 12,
    finalized: true,
    eventName,
    args,
  } as unknown as DaoEvent;
}
const created = (id: bigint, start: bigint, end: bigint): CreatedLog => ({
  proposalId: id,
  proposer: alice,
  targets: [],
  values: [],
  calldatas: [],
  voteStart: start,
  voteEnd: end,
  description: `p${id}`,
  blockNumber: start - 1n,
});
const vote = (block: number, id: bigint, support: number, weight: bigint) =>
  ev(governor, block, "VoteCast", { voter: alice, proposalId: id, support, weight, reason: "" });

// 1,000 minted at block 2, 200 burned at block 50; numerator 4 (of 100) from block 1, 10 from block 60.
const supplyAndNumerator = [
  ev(governor, 1, "QuorumNumeratorUpdated", { oldQuorumNumerator: 0n, newQuorumNumerator: 4n }),
  ev(token, 2, "Transfer", { from: zeroAddress, to: alice, value: 1_000n }),
  ev(token, 3, "Transfer", { from: alice, to: governor, value: 5n }),
  ev(token, 50, "Transfer", { from: alice, to: zeroAddress, value: 200n }),
  ev(governor, 60, "QuorumNumeratorUpdated", { oldQuorumNumerator: 4n, newQuorumNumerator: 10n }),
];
const opts = { governor, token, clock: "blocknumber" as const, denominator: 100n };

describe("quorumFromLogs", () => {
  it("replays supply and numerator checkpoints as quorum(t)", () => {
    const q = quorumFromLogs(supplyAndNumerator, opts);
    expect(q?.(0n)).toBeNull(); // no numerator yet
    expect(q?.(10n)).toBe(40n); // 4% of 1,000
    expect(q?.(55n)).toBe(32n); // 4% of 800
    expect(q?.(60n)).toBe(80n); // 10% of 800
    expect(quorumMatchesRead(q, { at: 55n, quorum: 32n })).toBe(true);
    expect(quorumMatchesRead(q, { at: 55n, quorum: 33n })).toBe(false);
  });

  it("says it cannot when the numerator history or the denominator is missing", () => {
    expect(quorumFromLogs(supplyAndNumerator.slice(1, 4), opts)).toBeNull();
    expect(quorumFromLogs(supplyAndNumerator, { ...opts, denominator: null })).toBeNull();
    const untimed = supplyAndNumerator.map((e) => ({ ...e, blockTimestamp: undefined }));
    expect(quorumFromLogs(untimed, { ...opts, clock: "timestamp" })).toBeNull();
  });
});

describe("deriveStatuses", () => {
  const proposals = [
    created(1n, 10n, 20n), // executed
    created(2n, 10n, 20n), // canceled
    created(3n, 90n, 120n), // pending at 80
    created(4n, 70n, 79n), // extended to 85: active at 80
    created(5n, 10n, 20n), // defeated by quorum (9 < 40)
    created(6n, 10n, 20n), // defeated by votes
    created(7n, 10n, 20n), // succeeded
    created(8n, 10n, 20n), // queued
  ];
  const events = [
    ...supplyAndNumerator,
    vote(12, 1n, 1, 100n),
    ev(governor, 30, "ProposalExecuted", { proposalId: 1n }),
    ev(governor, 11, "ProposalCanceled", { proposalId: 2n }),
    ev(governor, 78, "ProposalExtended", { proposalId: 4n, extendedDeadline: 85n }),
    vote(12, 5n, 1, 9n),
    vote(12, 6n, 1, 50n),
    vote(13, 6n, 0, 60n),
    vote(12, 7n, 1, 30n),
    vote(13, 7n, 2, 10n),
    vote(13, 7n, 0, 20n),
    vote(12, 8n, 1, 45n),
    ev(governor, 25, "ProposalQueued", { proposalId: 8n, etaSeconds: 5_000n }),
  ];
  const derive = (quorum = quorumFromLogs(events, opts)) =>
    deriveStatuses({ created: proposals, governorEvents: events, clock: 80n, mode, quorum });

  it("follows Governor.state() from the logs and the clock", () => {
    const got = derive().map((s) => [s.id, PROPOSAL_STATES[s.state ?? -1], s.settled]);
    expect(got).toEqual([
      [1n, "Executed", true],
      [2n, "Canceled", true],
      [3n, "Pending", false],
      [4n, "Active", false],
      [5n, "Defeated", true],
      [6n, "Defeated", true],
      [7n, "Succeeded", false],
      [8n, "Queued", false],
    ]);
  });

  it("carries tallies, the extended deadline, the eta and quorum(snapshot)", () => {
    const [, , pending, active, , , succeeded, queued] = derive();
    expect(succeeded?.votes).toEqual({ against: 20n, for: 30n, abstain: 10n });
    expect(succeeded?.quorum).toBe(40n);
    expect(active?.deadline).toBe(85n);
    expect(queued?.eta).toBe(5_000n);
    expect(pending?.quorum).toBeNull(); // the snapshot is not in the past yet
  });

  it("leaves decided proposals unsettled when quorum cannot be derived", () => {
    const states = derive(null).map((s) => [PROPOSAL_STATES[s.state ?? -1], s.settled]);
    expect(states[4]).toEqual(["Defeated", false]);
    expect(states[0]).toEqual(["Executed", true]);
  });
});
