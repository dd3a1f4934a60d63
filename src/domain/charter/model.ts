import type { Address, Hex } from "viem";
import type { Action } from "../actions/types";
import type { ProposalState } from "../proposals/state";
import { type CharterAction, charterActionOf } from "./actions";
import type { CharterEvent, LoggedAt } from "./events";

/** A proposal as the charter model sees it: its actions and how (and when) it ended, if it did. */
export type CharterProposal = {
  id: bigint;
  title: string;
  actions: readonly Action[];
  createdBlock: number;
  executed: { block: number; tx: Hex } | null;
  canceledBlock: number | null;
  /** The governor's state at the head, when read; used for pending changes at the head only. */
  state: ProposalState | null;
};

/** The proposal that made a change; `via` says how the link was established. */
export type ProposalLink = { id: bigint; title: string; via: "transaction" | "calldata" };

/** One principle of a charter, with where it came from and, if retired, how it left. */
export type Principle = {
  charter: Address;
  id: bigint;
  title: string;
  uri: string;
  contentHash: Hex;
  ratified: LoggedAt;
  ratifiedBy: ProposalLink | null;
  retired: (LoggedAt & { reason: string; by: ProposalLink | null }) | null;
};

/** A proposal not (yet) executed whose actions would change a charter. */
export type PendingChange = {
  proposal: { id: bigint; title: string; state: ProposalState | null };
  changes: CharterAction[];
};

/** The charters of a DAO as they stood at `atBlock`. */
export type CharterModel = {
  atBlock: number;
  /** Addresses that emitted charter events by `atBlock`, plus the ones adopted in this browser. */
  charters: Address[];
  active: Principle[];
  retired: Principle[];
  pending: PendingChange[];
};

const LIVE_STATES: ReadonlySet<ProposalState> = new Set(["Pending", "Active", "Succeeded", "Queued"]);
const lower = (a: string) => a.toLowerCase();

function sameChange(a: CharterAction, e: CharterEvent): boolean {
  if (lower(a.charter) !== lower(e.charter)) return false;
  if (a.kind === "ratify" && e.kind === "ratified")
    return a.title === e.title && a.uri === e.uri && lower(a.contentHash) === lower(e.contentHash);
  return a.kind === "retire" && e.kind === "retired" && a.principleId === e.id && a.reason === e.reason;
}

/** The executed proposal behind an event: the one executed in the event's transaction, else the latest
 * executed one (by then) whose calldata makes exactly this change. */
function linkOf(e: CharterEvent, executed: readonly CharterProposal[]): ProposalLink | null {
  const sameTx = executed.find((p) => p.executed && lower(p.executed.tx) === lower(e.tx));
  if (sameTx) return { id: sameTx.id, title: sameTx.title, via: "transaction" };
  const byCalldata = executed
    .filter((p) => p.executed && p.executed.block <= e.block)
    .filter((p) =>
      p.actions.some((a) => {
        const change = charterActionOf(a);
        return change !== null && sameChange(change, e);
      }),
    )
    .sort((a, b) => (b.executed?.block ?? 0) - (a.executed?.block ?? 0))[0];
  return byCalldata ? { id: byCalldata.id, title: byCalldata.title, via: "calldata" } : null;
}

/** Pending at the head: the governor says it can still execute. At a past block (no state read for it):
 * created by then and neither executed nor canceled by then. */
function isPending(p: CharterProposal, atBlock: number, atHead: boolean): boolean {
  if (p.createdBlock > atBlock) return false;
  if (atHead && p.state !== null) return LIVE_STATES.has(p.state);
  const executed = p.executed !== null && p.executed.block <= atBlock;
  const canceled = p.canceledBlock !== null && p.canceledBlock <= atBlock;
  return !executed && !canceled;
}

/** Replays charter events through `atBlock` into current and retired principles, linked to proposals. */
export function charterModel(input: {
  events: readonly CharterEvent[];
  proposals: readonly CharterProposal[];
  adopted?: readonly Address[];
  atBlock: number;
  atHead: boolean;
}): CharterModel {
  const { atBlock, atHead } = input;
  const events = input.events.filter((e) => e.block <= atBlock);
  const executed = input.proposals.filter((p) => p.executed && p.executed.block <= atBlock);
  const byKey = new Map<string, Principle>();
  const charters = new Map<string, Address>();
  for (const a of input.adopted ?? []) charters.set(lower(a), a);
  for (const e of events) {
    charters.set(lower(e.charter), e.charter);
    const key = `${lower(e.charter)}:${e.id}`;
    if (e.kind === "ratified") {
      const { kind: _, charter, id, title, uri, contentHash, ...logged } = e;
      byKey.set(key, {
        charter,
        id,
        title,
        uri,
        contentHash,
        ratified: logged,
        ratifiedBy: linkOf(e, executed),
        retired: null,
      });
    } else {
      const p = byKey.get(key);
      const { kind: _, charter: __, id: ___, reason, ...logged } = e;
      if (p && !p.retired) p.retired = { ...logged, reason, by: linkOf(e, executed) };
    }
  }
  const all = [...byKey.values()];
  const pending = input.proposals
    .filter((p) => isPending(p, atBlock, atHead))
    .map((p) => ({
      proposal: { id: p.id, title: p.title, state: atHead ? p.state : null },
      changes: p.actions.map(charterActionOf).filter((c): c is CharterAction => c !== null),
    }))
    .filter((c) => c.changes.length > 0);
  return {
    atBlock,
    charters: [...charters.values()],
    active: all.filter((p) => !p.retired),
    retired: all.filter((p) => p.retired),
    pending,
  };
}
