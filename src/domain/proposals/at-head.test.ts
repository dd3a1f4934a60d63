import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { parseCountingMode } from "../dao/quorum";
import type { DaoEvent } from "../events/decode";
import { assembleProposals, type CreatedLog, type StatusLike } from "./assemble";
import { listAtHead, openOfConfirmed, proposalsToReadAtHead } from "./at-head";
import { constantQuorum, deriveStatuses } from "./derive-status";
import { listDisagreements } from "./list-agreement";

const governor = "0x00000000000000000000000000000000000000a1" as Address;
const alice = "0x00000000000000000000000000000000000000c3" as Address;
const mode = parseCountingMode("support=bravo&quorum=for,abstain");
const quorum = constantQuorum(10n);

let logIndex = 0;
function ev(block: number, eventName: string, args: Record<string, unknown>): DaoEvent {
  return {
    address: governor,
    blockNumber: block,
    logIndex: logIndex++,
    transactionHash: `0x${block.toString(16).padStart(2, "0")}`,
    finalized: true,
    eventName,
    args,
  } as unknown as DaoEvent;
}
const create = (block: number, id: bigint, end: number) =>
  ev(block, "ProposalCreated", {
    proposalId: id,
    proposer: alice,
    targets: [governor],
    values: [0n],
    signatures: [""],
    calldatas: ["0x"],
    voteStart: BigInt(block + 1),
    voteEnd: BigInt(end),
    description: `# Proposal ${id}`,
  });
const vote = (block: number, id: bigint, support: number, weight: bigint) =>
  ev(block, "VoteCast", { voter: alice, proposalId: id, support, weight, reason: "" });

// A seeded history: executed (1), defeated (2), active across the split (3), created after it (4), canceled
// after it (5), queued after it (6), extended after it (7).
const history: DaoEvent[] = [
  create(10, 1n, 30),
  create(12, 2n, 35),
  vote(14, 2n, 1, 3n),
  vote(15, 1n, 1, 20n),
  create(20, 5n, 100),
  create(21, 6n, 50),
  create(22, 7n, 95),
  vote(23, 6n, 1, 30n),
  vote(25, 1n, 0, 4n),
  ev(40, "ProposalQueued", { proposalId: 1n, etaSeconds: 5_000n }),
  create(45, 3n, 90),
  vote(50, 3n, 1, 12n),
  vote(52, 7n, 2, 11n),
  ev(60, "ProposalExecuted", { proposalId: 1n }),
  vote(70, 3n, 0, 5n),
  ev(71, "ProposalQueued", { proposalId: 6n, etaSeconds: 9_000n }),
  ev(72, "ProposalCanceled", { proposalId: 5n }),
  create(75, 4n, 120),
  vote(80, 4n, 2, 7n),
  vote(81, 3n, 2, 1n),
  ev(82, "ProposalExtended", { proposalId: 7n, extendedDeadline: 130n }),
];
const S = 55;
const H = 85;

const createdOf = (events: readonly DaoEvent[]): CreatedLog[] =>
  events.flatMap((e) =>
    e.eventName === "ProposalCreated" ? [{ ...e.args, blockNumber: BigInt(e.blockNumber) }] : [],
  );
/** The list as the whole history says it stood at `block` (the full path's derivation). */
function fullListAt(block: number) {
  const events = history.filter((e) => e.blockNumber <= block);
  const created = createdOf(events);
  const statuses = deriveStatuses({ created, governorEvents: events, clock: BigInt(block), mode, quorum });
  return { proposals: assembleProposals(created, statuses, []), statuses };
}

describe("the list at the head from a confirmed list and the logs since", () => {
  const confirmed = fullListAt(S).proposals;
  const delta = history.filter((e) => e.blockNumber > S);
  const truth = fullListAt(H);
  // The governor at the head answers what the whole history says.
  const answers = new Map<bigint, StatusLike>(truth.statuses.map((s) => [s.id, s]));

  it("reads only what is not final at the confirmed block, what was created since, and what a log since names", () => {
    const { ids, created } = proposalsToReadAtHead(confirmed, delta, governor);
    expect(created.map((c) => c.proposalId)).toEqual([4n]);
    // 2 (defeated) is final at S and untouched since; 1 was queued at S (executed after it).
    expect([...ids].sort()).toEqual([1n, 3n, 4n, 5n, 6n, 7n]);
  });

  it("equals the full derivation at the head on a seeded history, with every read checked", () => {
    const { ids, created } = proposalsToReadAtHead(confirmed, delta, governor);
    const reads = new Map([...answers].filter(([id]) => ids.includes(id)));
    const r = listAtHead({ confirmed, delta, governor, created, reads, mode });
    expect(listDisagreements(truth.proposals, r.proposals)).toEqual([]);
    expect(r.mismatches).toEqual([]);
    const byId = new Map(r.proposals.map((p) => [p.id, p]));
    expect(r.unread).toEqual([]);
    expect(r.talliesChecked).toBe(6);
    expect(byId.get(1n)?.state).toBe("Executed");
    expect(byId.get(3n)?.tally).toEqual({ against: 5n, for: 12n, abstain: 1n });
    expect(byId.get(5n)?.state).toBe("Canceled");
    expect(byId.get(6n)?.eta).toBe(9_000n);
    expect(byId.get(7n)?.voteEnd).toBe(130n);
  });

  it("read in two parts (the open ones before the logs since are known, then what those logs add), equals the full derivation", () => {
    // Asked as soon as the head is known: only the confirmed list is there, not the logs since.
    const early = openOfConfirmed(confirmed);
    expect([...early].sort()).toEqual([1n, 3n, 5n, 6n, 7n]);
    const { ids, created } = proposalsToReadAtHead(confirmed, delta, governor);
    const more = ids.filter((id) => !early.includes(id));
    expect(more).toEqual([4n]); // only the proposal created since needs a read of its own
    const readOf = (list: readonly bigint[]) => [...answers].filter(([id]) => list.includes(id));
    const reads = new Map([...readOf(early), ...readOf(more)]);
    const r = listAtHead({ confirmed, delta, governor, created, reads, mode });
    expect(listDisagreements(truth.proposals, r.proposals)).toEqual([]);
    expect(r.mismatches).toEqual([]);
    expect(r.unread).toEqual([]);
  });

  it("reports a governor answer the confirmed list plus the logs since cannot explain", () => {
    const { ids, created } = proposalsToReadAtHead(confirmed, delta, governor);
    const reads = new Map([...answers].filter(([id]) => ids.includes(id)));
    const three = reads.get(3n);
    const five = reads.get(5n);
    if (!three || !five) throw new Error("fixture");
    reads.set(3n, { ...three, votes: { against: 5n, for: 13n, abstain: 1n } });
    reads.set(5n, { ...five, state: 1 }); // Active, though its cancel was logged
    const r = listAtHead({ confirmed, delta, governor, created, reads, mode });
    const byIdOrder = (a: [bigint, string], b: [bigint, string]) => (a[0] < b[0] ? -1 : 1);
    expect(r.mismatches.map((m): [bigint, string] => [m.proposalId, m.field]).sort(byIdOrder)).toEqual([
      [3n, "tally"],
      [5n, "state"],
    ]);
    // The list shows what the governor answered, and the full history's list disagrees with it there.
    const differ = listDisagreements(truth.proposals, r.proposals);
    expect(differ.map((d): [bigint, string] => [d.proposalId, d.field]).sort(byIdOrder)).toEqual([
      [3n, "tally"],
      [5n, "state"],
    ]);
  });

  it("keeps a proposal whose read failed as the logs leave it, and says it was not read", () => {
    const { created } = proposalsToReadAtHead(confirmed, delta, governor);
    const reads = new Map([...answers].filter(([id]) => id !== 3n));
    const r = listAtHead({ confirmed, delta, governor, created, reads, mode });
    expect(r.unread).toEqual([3n]);
    expect(r.proposals.find((p) => p.id === 3n)?.tally).toEqual({ against: 5n, for: 12n, abstain: 1n });
  });

  it("does not recount tallies where the counting is not simple (fractional votes are read, not summed)", () => {
    const { ids, created } = proposalsToReadAtHead(confirmed, delta, governor);
    const reads = new Map([...answers].filter(([id]) => ids.includes(id)));
    const fractional = parseCountingMode("support=bravo,fractional&quorum=for,abstain&params=fractional");
    const r = listAtHead({ confirmed, delta, governor, created, reads, mode: fractional });
    expect(r.talliesChecked).toBe(0);
  });
});

describe("listDisagreements", () => {
  it("names proposals only one list has", () => {
    const a = fullListAt(H).proposals;
    const b = a.filter((p) => p.id !== 2n);
    expect(listDisagreements(a, b)).toEqual([{ proposalId: 2n, field: "missing" }]);
    expect(listDisagreements(b, a)).toEqual([{ proposalId: 2n, field: "extra" }]);
  });
});
