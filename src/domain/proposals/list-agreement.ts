import type { Proposal } from "./proposal";

/** A proposal on which two lists of the same block disagree, and in what. */
export type ListDisagreement = {
  proposalId: bigint;
  field: "missing" | "extra" | "state" | "tally" | "deadline" | "eta";
};

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x)) ===
  JSON.stringify(b, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));

/**
 * Where the list from the whole history (`full`) and the list at the head built on a confirmed list plus the
 * logs since (`quick`) differ, for the same block: proposals only one has, and state, tally, deadline or eta.
 * Empty when they agree.
 */
export function listDisagreements(full: readonly Proposal[], quick: readonly Proposal[]): ListDisagreement[] {
  const out: ListDisagreement[] = [];
  const byId = new Map(quick.map((p) => [p.id, p]));
  for (const f of full) {
    const q = byId.get(f.id);
    byId.delete(f.id);
    if (!q) {
      out.push({ proposalId: f.id, field: "missing" });
      continue;
    }
    if (f.state !== q.state) out.push({ proposalId: f.id, field: "state" });
    if (!same(f.tally, q.tally)) out.push({ proposalId: f.id, field: "tally" });
    if (f.voteEnd !== q.voteEnd) out.push({ proposalId: f.id, field: "deadline" });
    if (f.eta !== q.eta) out.push({ proposalId: f.id, field: "eta" });
  }
  for (const id of byId.keys()) out.push({ proposalId: id, field: "extra" });
  return out;
}
