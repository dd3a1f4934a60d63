import type { Address } from "viem";
import { addressIs } from "@/lib/evm/address-match";
import { type CountingMode, supportKinds } from "../dao/quorum";
import { type DaoEvent, eventsNamed } from "../events/decode";
import { tallyFromVotes } from "../verify/tallies";
import type { Tally } from "../votes/tally";
import { assembleProposals, type CreatedLog, type StatusLike } from "./assemble";
import type { Proposal } from "./proposal";
import { showValue } from "./show-value";
import { PROPOSAL_STATES, type ProposalState, proposalStateName } from "./state";

/** States no later block can change (OZ Governor's `state()`): such a proposal of a confirmed list stays. */
const FINAL: readonly ProposalState[] = ["Canceled", "Defeated", "Expired", "Executed"];

/** What the logs since a confirmed list's block say of one proposal, to be checked against a read at the head. */
type Expected = { tally: Tally; state: ProposalState | null; deadline: bigint; eta: bigint | null };

/** A value the confirmed list plus the logs since gave that the governor, read at the head, contradicts. */
export type HeadMismatch = {
  proposalId: bigint;
  field: "tally" | "state" | "deadline" | "eta";
  expected: string;
  read: string;
};

/** The governor's part of the logs since the list's block: new proposals and every id some log touched. */
function governorDelta(delta: readonly DaoEvent[], governor: Address) {
  const ofGovernor = addressIs(governor);
  const ev = delta.filter((e) => ofGovernor(e.address));
  const created: CreatedLog[] = eventsNamed(ev, "ProposalCreated").map((e) => ({
    ...e.args,
    blockNumber: BigInt(e.blockNumber),
  }));
  const touched = new Set<bigint>();
  for (const e of ev) if ("proposalId" in e.args) touched.add(e.args.proposalId);
  return { ev, created, touched };
}

/** The proposals of a confirmed list that a later block can still change (not final when it was read). */
export function openOfConfirmed(confirmed: readonly Proposal[]): bigint[] {
  return confirmed.filter((p) => !FINAL.includes(p.state)).map((p) => p.id);
}

/**
 * The proposals a list confirmed at an earlier block needs read at the head: every one not yet final there,
 * every one created since, and any other one a log since names. Final ones stay as confirmed.
 */
export function proposalsToReadAtHead(
  confirmed: readonly Proposal[],
  delta: readonly DaoEvent[],
  governor: Address,
): { ids: bigint[]; created: CreatedLog[] } {
  const { created, touched } = governorDelta(delta, governor);
  const known = new Set(confirmed.map((p) => p.id));
  const fresh = created.filter((c) => !known.has(c.proposalId));
  const ids = new Set<bigint>(openOfConfirmed(confirmed));
  for (const p of confirmed) if (touched.has(p.id)) ids.add(p.id);
  for (const c of fresh) ids.add(c.proposalId);
  return { ids: [...ids], created: fresh };
}

/** Whether vote logs alone give the tally, vote by vote (simple For/Against/Abstain counting only). */
const simpleCounting = (mode: CountingMode | null) =>
  mode !== null && supportKinds(mode).length > 0 && supportKinds(mode).every((k) => k === "bravo");

const show = showValue;

/** What the confirmed proposal (or a new one, from zero) becomes with the logs since. */
function expectedOf(base: Proposal | CreatedLog, ev: readonly DaoEvent[], tallies: Map<bigint, Tally>) {
  const id = "id" in base ? base.id : base.proposalId;
  const before = "tally" in base ? base.tally : { against: 0n, for: 0n, abstain: 0n };
  const added = tallies.get(id);
  const tally = added
    ? {
        against: before.against + added.against,
        for: before.for + added.for,
        abstain: before.abstain + added.abstain,
      }
    : before;
  const mine = ev.filter((e) => "proposalId" in e.args && e.args.proposalId === id);
  let state: ProposalState | null = null;
  let deadline = base.voteEnd;
  let eta = "eta" in base ? base.eta : null;
  for (const e of mine) {
    if (e.eventName === "ProposalExecuted") state = "Executed";
    else if (e.eventName === "ProposalCanceled") state = "Canceled";
    else if (e.eventName === "ProposalQueued") {
      eta = e.args.etaSeconds;
      state ??= "Queued";
    } else if (e.eventName === "ProposalExtended" && e.args.extendedDeadline > deadline)
      deadline = e.args.extendedDeadline;
  }
  return { tally, state, deadline, eta } satisfies Expected;
}

/** Each difference between what the logs lead to and the governor's answers (an unread field is none). */
function compare(id: bigint, x: Expected, r: StatusLike, tallies: boolean): HeadMismatch[] {
  const out: HeadMismatch[] = [];
  const check = (field: HeadMismatch["field"], a: unknown, b: unknown) => {
    if (b === null || b === undefined) return;
    if (show(a) !== show(b)) out.push({ proposalId: id, field, expected: show(a), read: show(b) });
  };
  const state = r.state === null ? null : (PROPOSAL_STATES[r.state] ?? null);
  if (tallies) check("tally", x.tally, r.votes);
  // A logged queue may since have been executed or expired; a logged execution or cancel is final.
  if (x.state === "Executed" || x.state === "Canceled") check("state", x.state, state);
  if (x.state === "Queued" && state !== null && !["Queued", "Executed", "Expired"].includes(state))
    check("state", x.state, state);
  check("deadline", x.deadline, r.deadline);
  if (x.eta !== null && !(state === "Executed" && r.eta === 0n)) check("eta", x.eta, r.eta);
  return out;
}

/**
 * The list at the head from a list confirmed at an earlier block, the logs since, and the governor's answers
 * at the head for the proposals `proposalsToReadAtHead` named: those take the read values; the rest stay as
 * confirmed. Every read proposal is checked: the confirmed tally plus the votes logged since must be the
 * governor's (simple counting), logged executions, cancels, queues and extensions must agree.
 */
export function listAtHead(input: {
  confirmed: readonly Proposal[];
  delta: readonly DaoEvent[];
  governor: Address;
  created: readonly CreatedLog[];
  reads: ReadonlyMap<bigint, StatusLike>;
  mode: CountingMode | null;
  /** Assembles proposals created since (decoded actions, category) from their logs and read statuses. */
  assemble?: (created: readonly CreatedLog[], statuses: readonly StatusLike[]) => Proposal[];
}): { proposals: Proposal[]; mismatches: HeadMismatch[]; unread: bigint[]; talliesChecked: number } {
  const { ev } = governorDelta(input.delta, input.governor);
  const votes = [...eventsNamed(ev, "VoteCast"), ...eventsNamed(ev, "VoteCastWithParams")].map((e) => e.args);
  const tallies = tallyFromVotes(votes);
  const checkTallies = simpleCounting(input.mode);
  const mismatches: HeadMismatch[] = [];
  const unread: bigint[] = [];
  let talliesChecked = 0;
  const settle = (id: bigint, x: Expected): StatusLike | null => {
    const r = input.reads.get(id);
    if (!r || r.state === null) {
      unread.push(id);
      return null;
    }
    mismatches.push(...compare(id, x, r, checkTallies));
    if (checkTallies && r.votes) talliesChecked++;
    return r;
  };
  const proposals = input.confirmed.map((p): Proposal => {
    if (!input.reads.has(p.id) && FINAL.includes(p.state)) return p;
    const x = expectedOf(p, ev, tallies);
    const r = settle(p.id, x);
    if (!r || r.state === null) return { ...p, tally: x.tally, voteEnd: x.deadline, eta: x.eta };
    return {
      ...p,
      state: proposalStateName(r.state),
      tally: r.votes ?? x.tally,
      voteEnd: r.deadline ?? x.deadline,
      eta: r.eta !== null && r.eta > 0n ? r.eta : x.eta,
      quorum: r.quorum ?? p.quorum,
    };
  });
  const statuses = input.created.flatMap((c): StatusLike[] => {
    const r = settle(c.proposalId, expectedOf(c, ev, tallies));
    return r ? [r] : [];
  });
  const added = (input.assemble ?? ((c, s) => assembleProposals(c, s, [])))(input.created, statuses);
  return { proposals: [...proposals, ...added], mismatches, unread, talliesChecked };
}
