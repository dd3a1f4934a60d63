import { type Address, encodePacked, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { parseCountingMode } from "../dao/quorum";
import type { DaoEvent } from "../events/decode";
import type { CreatedLog } from "./assemble";
import {
  ALPHA_COUNTING,
  constantQuorum,
  countedFromLogs,
  deriveStatuses,
  quorumFromLogs,
  quorumMatchesRead,
} from "./derive-status";
import { PROPOSAL_STATES } from "./state";
import { compareStatuses } from "./status-check";

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
const fractionalParams = (a: bigint, f: bigint, ab: bigint) =>
  encodePacked(["uint128", "uint128", "uint128"], [a, f, ab]);
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

describe("deriveStatuses with other counting modules", () => {
  const fractional = parseCountingMode("support=bravo,fractional&quorum=for,abstain&params=fractional");
  const split = (block: number, id: bigint, a: bigint, f: bigint, ab: bigint, weight = a + f + ab) =>
    ev(governor, block, "VoteCastWithParams", {
      voter: alice,
      proposalId: id,
      support: 255,
      weight,
      reason: "",
      params: fractionalParams(a, f, ab),
    });
  const two = [created(1n, 10n, 20n), created(2n, 10n, 20n)];
  const quorum = quorumFromLogs(supplyAndNumerator, opts);

  it("sums fractional splits cast in several calls, and settles what they decide", () => {
    const events = [split(12, 1n, 10n, 20n, 5n), split(13, 1n, 0n, 15n, 0n), vote(14, 1n, 0, 3n)];
    const [d] = deriveStatuses({
      created: two,
      governorEvents: events,
      clock: 80n,
      mode: fractional,
      quorum,
    });
    // 35 For + 5 Abstain count toward a quorum of 40; For 35 > Against 13: succeeded, left to the governor.
    expect(d?.votes).toEqual({ against: 13n, for: 35n, abstain: 5n });
    expect(PROPOSAL_STATES[d?.state ?? -1]).toBe("Succeeded");
    const defeated = deriveStatuses({
      created: two,
      governorEvents: [split(12, 2n, 30n, 10n, 0n)],
      clock: 80n,
      mode: fractional,
      quorum,
    })[1];
    expect([PROPOSAL_STATES[defeated?.state ?? -1], defeated?.settled]).toEqual(["Defeated", true]);
  });

  it("never settles a proposal with a vote it cannot split, and keeps such votes out of the tally", () => {
    const events = [
      vote(12, 1n, 1, 50n),
      split(12, 1n, 1n, 1n, 1n, 9n), // params do not add up to the weight
      ev(governor, 30, "ProposalExecuted", { proposalId: 1n }),
    ];
    const [d] = deriveStatuses({
      created: two,
      governorEvents: events,
      clock: 80n,
      mode: fractional,
      quorum,
    });
    expect(d).toMatchObject({ settled: false, votes: { against: 0n, for: 50n, abstain: 0n } });
    expect(d?.votes).not.toHaveProperty("uncounted");
  });

  it("leaves every tally to the governor under a module the logs do not fully describe, or an unknown mode", () => {
    expect(countedFromLogs(parseCountingMode("support=bravo,override&quorum=for,abstain"))).toBe(false);
    expect(countedFromLogs(null)).toBe(false);
    expect(countedFromLogs(mode)).toBe(true);
    const executed = [vote(12, 1n, 1, 50n), ev(governor, 30, "ProposalExecuted", { proposalId: 1n })];
    const override = parseCountingMode("support=bravo,override&quorum=for,abstain");
    const [d] = deriveStatuses({
      created: two,
      governorEvents: executed,
      clock: 80n,
      mode: override,
      quorum,
    });
    expect([PROPOSAL_STATES[d?.state ?? -1], d?.settled]).toEqual(["Executed", false]);
  });

  it("decides GovernorAlpha's proposals by For votes against its constant quorumVotes", () => {
    const events = [vote(12, 1n, 1, 39n), vote(12, 2n, 1, 40n), vote(13, 2n, 0, 10n)];
    const got = deriveStatuses({
      created: two,
      governorEvents: events,
      clock: 80n,
      mode: ALPHA_COUNTING,
      quorum: constantQuorum(40n),
    }).map((d) => [PROPOSAL_STATES[d.state ?? -1], d.settled, d.quorum]);
    expect(got).toEqual([
      ["Defeated", true, 40n],
      ["Succeeded", false, 40n],
    ]);
  });
});

describe("compareStatuses", () => {
  const read = { id: 1n, state: 7, votes: null, deadline: 20n, eta: 0n, quorum: null };
  const derived = { id: 1n, state: 7, votes: null, deadline: 20n, eta: 5_000n, quorum: null };

  it("takes OZ 4.x's eta of 0 after execution for what it is, not a mismatch", () => {
    expect(compareStatuses(new Map([[1n, derived]]), [read])).toEqual([]);
    expect(compareStatuses(new Map([[1n, derived]]), [{ ...read, state: 5 }])).toEqual([
      { proposalId: 1n, field: "state", derived: "7", read: "5" },
      { proposalId: 1n, field: "eta", derived: "5000", read: "0" },
    ]);
  });
});
