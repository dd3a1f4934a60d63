import { type Address, zeroAddress } from "viem";
import { addressIs } from "@/lib/evm/address-match";
import { type CountingMode, supportKinds } from "../dao/quorum";
import { type DaoEvent, eventsNamed } from "../events/decode";
import { tallyFromVotes } from "../verify/tallies";
import { quorumVotes, type Tally, voteSucceeded } from "../votes/tally";
import type { CreatedLog, StatusLike } from "./assemble";
import { PROPOSAL_STATES, type ProposalState } from "./state";

/** A proposal's status as the synced logs and the clock say it stood at a block. `settled`: nothing the
 * logs miss can change it (executed, canceled, or decided with a quorum the logs reproduce), so it needs no
 * read; anything else (pending, active, succeeded, queued, or decided without a derivable quorum) is read. */
export type DerivedStatus = StatusLike & { snapshot: bigint; settled: boolean };

/** What quorum(t) is, from logs: the token's total supply (mints minus burns) times the numerator then in
 * force, over the denominator; null when the logs cannot say (see `quorumFromLogs`). */
export type QuorumAt = (timepoint: bigint) => bigint | null;

const ZERO_TALLY: Tally = { against: 0n, for: 0n, abstain: 0n };

/** The clock value of a log: its block number, or its block time under a timestamp clock (null: unknown). */
const clockOf = (e: DaoEvent, clock: "blocknumber" | "timestamp") =>
  clock === "blocknumber"
    ? BigInt(e.blockNumber)
    : e.blockTimestamp === undefined
      ? null
      : BigInt(e.blockTimestamp);

/** Last value of a sorted checkpoint list at or before `t` (the lookup OZ's Checkpoints does). */
function valueAt(points: readonly [bigint, bigint][], t: bigint): bigint | null {
  let found: bigint | null = null;
  for (const [at, v] of points) {
    if (at > t) break;
    found = v;
  }
  return found;
}

/**
 * quorum(t) as GovernorVotesQuorumFraction computes it: getPastTotalSupply(t) * quorumNumerator(t) /
 * quorumDenominator(), the supply replayed from the token's mint and burn Transfers and the numerator from
 * QuorumNumeratorUpdated. Returns null when it cannot: no denominator, a timestamp clock without log times,
 * or a numerator history the logs do not hold. Callers must still check it against one real read
 * (`quorumMatchesRead`), since a governor may compute quorum another way.
 */
export function quorumFromLogs(
  events: readonly DaoEvent[],
  opts: { governor: Address; token: Address; clock: "blocknumber" | "timestamp"; denominator: bigint | null },
): QuorumAt | null {
  if (opts.denominator === null || opts.denominator <= 0n) return null;
  const supply: [bigint, bigint][] = [];
  let total = 0n;
  const [ofToken, ofGovernor, isZero] = [
    addressIs(opts.token),
    addressIs(opts.governor),
    addressIs(zeroAddress),
  ];
  for (const e of eventsNamed(events, "Transfer")) {
    if (!ofToken(e.address)) continue;
    const minted = isZero(e.args.from);
    const burned = isZero(e.args.to);
    if (minted === burned) continue;
    const at = clockOf(e, opts.clock);
    if (at === null) return null;
    total += minted ? e.args.value : -e.args.value;
    supply.push([at, total]);
  }
  const numerators: [bigint, bigint][] = [];
  for (const e of eventsNamed(events, "QuorumNumeratorUpdated")) {
    if (!ofGovernor(e.address)) continue;
    const at = clockOf(e, opts.clock);
    if (at === null) return null;
    numerators.push([at, e.args.newQuorumNumerator]);
  }
  if (numerators.length === 0) return null;
  const den = opts.denominator;
  return (t) => {
    const num = valueAt(numerators, t);
    if (num === null) return null;
    return ((valueAt(supply, t) ?? 0n) * num) / den;
  };
}

/** GovernorAlpha's quorum: the constant `quorumVotes()` (declared `pure` there), For votes only. */
export const constantQuorum =
  (quorum: bigint): QuorumAt =>
  () =>
    quorum;

/** Whether the replayed quorum reproduces a quorum the governor returned (e.g. at discovery). */
export function quorumMatchesRead(q: QuorumAt | null, read: { at: bigint; quorum: bigint | null } | null) {
  if (!q || !read || read.quorum === null) return false;
  return q(read.at) === read.quorum;
}

const stateIndex = (s: ProposalState) => PROPOSAL_STATES.indexOf(s);

/** GovernorAlpha's counting in COUNTING_MODE terms (it has no such function): For and Against (its VoteCast's
 * bool decoded as 1/0), defeated unless For > Against and For >= quorumVotes, as in Compound's `state()`. */
export const ALPHA_COUNTING: CountingMode = { support: "bravo", quorum: ["for"], params: null };

/** Whether the vote logs alone give the governor's tally: For/Against/Abstain (OZ's simple counting, Bravo,
 * Alpha as ALPHA_COUNTING), with fractional splits decoded from their params. Any other module (override votes,
 * VoteReduced, unknown kinds) or an unknown mode may count differently, so those tallies are read. */
export function countedFromLogs(mode: CountingMode | null): boolean {
  if (mode === null) return false;
  const kinds = supportKinds(mode);
  return kinds.includes("bravo") && kinds.every((k) => k === "bravo" || k === "fractional");
}

/**
 * Each proposal's state, tally, deadline (late-quorum extensions included) and eta at clock value `clock`,
 * from the governor's logs through the same block, following OZ Governor's `state()`: executed, canceled,
 * pending until the snapshot, active through the deadline, then defeated or succeeded by quorum and votes,
 * queued once an eta is logged. `quorum` is null where it cannot be derived (those proposals stay unsettled).
 */
export function deriveStatuses(input: {
  created: readonly CreatedLog[];
  governorEvents: readonly DaoEvent[];
  clock: bigint;
  mode: CountingMode | null;
  quorum: QuorumAt | null;
}): DerivedStatus[] {
  const ev = input.governorEvents;
  const executed = new Set(eventsNamed(ev, "ProposalExecuted").map((e) => e.args.proposalId));
  const canceled = new Set(eventsNamed(ev, "ProposalCanceled").map((e) => e.args.proposalId));
  const etas = new Map(eventsNamed(ev, "ProposalQueued").map((e) => [e.args.proposalId, e.args.etaSeconds]));
  const extended = new Map<bigint, bigint>();
  for (const e of eventsNamed(ev, "ProposalExtended"))
    extended.set(e.args.proposalId, e.args.extendedDeadline);
  const votes = [...eventsNamed(ev, "VoteCast"), ...eventsNamed(ev, "VoteCastWithParams")].map((e) => e.args);
  const tallies = tallyFromVotes(votes);
  const countsKnown = countedFromLogs(input.mode);
  return input.created.map((c): DerivedStatus => {
    const id = c.proposalId;
    const { uncounted, ...tally } = tallies.get(id) ?? { ...ZERO_TALLY, uncounted: 0 };
    // A vote of a kind the logs cannot split (or a counting module they do not fully describe) leaves the
    // tally to the governor: such a proposal is never settled from logs.
    const logsTally = countsKnown && uncounted === 0;
    const ext = extended.get(id);
    const deadline = ext !== undefined && ext > c.voteEnd ? ext : c.voteEnd;
    const eta = etas.get(id) ?? null;
    const snapshot = c.voteStart;
    const quorum = snapshot < input.clock && input.quorum ? input.quorum(snapshot) : null;
    const base = { id, votes: tally, deadline, eta, quorum, snapshot };
    const at = (s: ProposalState, settled: boolean): DerivedStatus => ({
      ...base,
      state: stateIndex(s),
      settled,
    });
    if (executed.has(id)) return at("Executed", logsTally);
    if (canceled.has(id)) return at("Canceled", logsTally);
    if (snapshot >= input.clock) return at("Pending", false);
    if (deadline >= input.clock) return at("Active", false);
    const decided = logsTally && quorum !== null;
    const passed = quorum !== null && quorumVotes(tally, input.mode) >= quorum && voteSucceeded(tally);
    if (!passed) return at("Defeated", decided);
    return at(eta !== null && eta > 0n ? "Queued" : "Succeeded", false);
  });
}
