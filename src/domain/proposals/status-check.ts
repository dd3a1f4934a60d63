import type { StatusLike } from "./assemble";
import { showValue } from "./show-value";
import { PROPOSAL_STATES } from "./state";

/** A value the logs gave for a proposal that the governor, read at the same block, contradicts. */
export type StatusMismatch = {
  proposalId: bigint;
  /** Tallies are checked by the verification's own recount (domain/verify/tallies). */
  field: "state" | "deadline" | "eta" | "quorum";
  derived: string;
  read: string;
};

const EXECUTED = PROPOSAL_STATES.indexOf("Executed");

const show = showValue;

/** Compares what the logs say of each read proposal with the governor's answers (a read that failed, null,
 * is not a mismatch: it is reported as unread by the caller). An eta of 0 and no eta are the same. */
export function compareStatuses(
  derived: ReadonlyMap<bigint, StatusLike>,
  reads: readonly StatusLike[],
): StatusMismatch[] {
  const out: StatusMismatch[] = [];
  for (const r of reads) {
    const d = derived.get(r.id);
    if (!d) continue;
    const check = (field: StatusMismatch["field"], a: unknown, b: unknown) => {
      if (b === null || b === undefined) return;
      if (show(a) !== show(b)) out.push({ proposalId: r.id, field, derived: show(a), read: show(b) });
    };
    check("state", d.state, r.state);
    check("deadline", d.deadline, r.deadline);
    // OZ 4.x's proposalEta answers 0 once the operation is done (its timelock's "done" mark), not a mismatch.
    if (!(r.state === EXECUTED && r.eta === 0n)) check("eta", d.eta ?? 0n, r.eta);
    if (d.quorum !== null) check("quorum", d.quorum, r.quorum);
  }
  return out;
}
