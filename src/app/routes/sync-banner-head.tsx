import type { ListDisagreement } from "@/domain/proposals/list-agreement";
import type { HeadCheck } from "@/features/proposals/api/list-at-head";

const n = (x: number) => x.toLocaleString("en-US");
const s = (k: number, one: string, many = `${one}s`) => `${n(k)} ${k === 1 ? one : many}`;
const short = (id: bigint) => {
  const t = id.toString();
  return t.length > 12 ? `${t.slice(0, 6)}…${t.slice(-4)}` : t;
};

/** What the list at the head rests on: what was read at its block, what was checked, what is still pending. */
export function HeadCheckLine({ check }: { check: HeadCheck }) {
  const basis = `this device's list of block ${n(check.since)} plus the ${s(check.newLogs, "log")} since`;
  const tallies =
    check.talliesChecked > 0 ? ` (${s(check.talliesChecked, "tally", "tallies")} recounted)` : "";
  const pending = "The full history (voters, verification of every proposal) is still loading.";
  if (check.mismatches.length > 0) {
    const first = check.mismatches
      .slice(0, 3)
      .map((m) => `#${short(m.proposalId)} ${m.field}: expected ${m.expected}, read ${m.read}`)
      .join("; ");
    return (
      <p className="status-bad" role="alert">
        Not fully verified at block {n(check.block)}: {s(check.mismatches.length, "difference")} between{" "}
        {basis} and the governor's answers ({first}). {pending}
      </p>
    );
  }
  const unread =
    check.unread.length > 0 ? ` ${s(check.unread.length, "proposal")} could not be read there.` : "";
  // A proposal that could not be read is not verified: the line says "partly" rather than claim the whole list.
  return (
    <p className={check.unread.length > 0 ? undefined : "status-ok"}>
      {check.unread.length > 0 ? "Partly verified" : "Verified"} at block {n(check.block)}: the{" "}
      {s(check.read, "open proposal")} read there match {basis}
      {tallies}.{unread} {pending}
    </p>
  );
}

/** The full history's list disagrees with the list at the head of the same block: shown, never hidden. */
export function DisagreementLine({ items }: { items: readonly ListDisagreement[] }) {
  const first = items
    .slice(0, 4)
    .map((d) => `#${short(d.proposalId)} (${d.field})`)
    .join(", ");
  return (
    <p className="status-bad" role="alert">
      The list from the full history differs from the list built on this device's earlier list in{" "}
      {s(items.length, "place")}: {first}. The full history's list is shown.
    </p>
  );
}
