import type { Proposal } from "./proposal";
import { type ClockNow, clockToTime, knownBlockTime } from "./timing";

/** A moment in a proposal's life, with whatever precision the chain gives. */
export type TimelineEntry = {
  label: string;
  /** Block of the log that recorded it, when there is one. */
  block: bigint | null;
  /** Unix seconds. */
  time: number | null;
  estimated: boolean;
  done: boolean;
  note?: string;
};

/** Logged lifecycle events of one proposal, with their block timestamps (null: look them up in `now`). */
export type LifecycleEvents = {
  created: { block: bigint; time: number | null };
  queued?: { block: bigint; time: number | null };
  executed?: { block: bigint; time: number | null };
  canceled?: { block: bigint; time: number | null };
  /** ProposalExtended (late quorum): the new deadline. */
  extendedTo?: bigint;
};

/** Created → voting starts → voting ends (with late-quorum extension) → queued → eta → executed; a canceled
 * proposal's timeline stops at its cancellation, with only the steps that happened before it. */
export function proposalTimeline(p: Proposal, ev: LifecycleEvents, now: ClockNow): TimelineEntry[] {
  const logged = (label: string, e: { block: bigint; time: number | null }): TimelineEntry => ({
    label,
    block: e.block,
    time: e.time ?? knownBlockTime(now, e.block) ?? null,
    estimated: false,
    done: true,
  });
  const atClock = (label: string, value: bigint, note?: string): TimelineEntry => {
    const t = clockToTime(value, now);
    const block = now.mode.kind === "blocknumber" ? value : null;
    return {
      label,
      block,
      time: t.seconds,
      estimated: t.estimated,
      done: value <= now.clock,
      ...(note ? { note } : {}),
    };
  };
  const entries: TimelineEntry[] = [logged("Created", ev.created)];
  const extended = ev.extendedTo !== undefined;
  if (ev.canceled) {
    // A canceled proposal's life ends there: only the voting steps that came before it happened.
    const canceled = logged("Canceled", ev.canceled);
    const cut =
      now.mode.kind === "blocknumber"
        ? ev.canceled.block
        : canceled.time === null
          ? null
          : BigInt(canceled.time);
    const before = (v: bigint) => cut === null || v <= cut;
    if (before(p.voteStart)) entries.push(atClock("Voting starts", p.voteStart));
    if (before(p.voteEnd)) entries.push(atClock("Voting ends", p.voteEnd));
    const note =
      cut === null
        ? undefined
        : before(p.voteStart) && !before(p.voteEnd)
          ? "while voting was open"
          : before(p.voteStart)
            ? undefined
            : "before voting started";
    entries.push(note ? { ...canceled, note } : canceled);
    return entries;
  }
  entries.push(atClock("Voting starts", p.voteStart));
  entries.push(
    atClock("Voting ends", p.voteEnd, extended ? "extended after quorum was reached late" : undefined),
  );
  if (ev.queued) entries.push(logged("Queued", ev.queued));
  if (p.eta !== null && p.eta > 0n) {
    const etaSeconds = Number(p.eta);
    entries.push({
      label: "Executable from (eta)",
      block: null,
      time: etaSeconds,
      estimated: false,
      done: etaSeconds <= now.timestamp,
    });
  }
  if (ev.executed) entries.push(logged("Executed", ev.executed));
  return entries;
}
