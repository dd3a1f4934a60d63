import { countOf } from "@/lib/plural";
import type { Verification } from "./verification";

const n = (x: number) => x.toLocaleString("en-US");

const ID_WORDS: Record<Verification["scheme"], string> = {
  "content-hash": "proposal ids re-hashed from their content",
  sequential: "ids are sequential: checked against the governor's getProposalId instead",
  "not-content-hash": "ids not content hashes (not checked)",
  unknown: "no proposal ids to check",
};

/** What the pinned read compared: the proposals the logs leave open; the others are settled by their logs. */
function checkedLine(checked: number, all: number): string {
  const settled = all - checked;
  const open =
    checked === 0
      ? "no proposal is open, so no tally needed a read"
      : `the tallies, states and deadlines of the ${countOf(checked, "open proposal")}, recomputed from the logs, match the governor's`;
  return settled > 0
    ? `${open}; ${countOf(settled, "closed one is", "closed ones are")} settled by their logs`
    : open;
}

/** The "verified at block N" line in words: what was checked, or every exception, never a claim that was not
 * computed. `ok` false means some check failed or could not be made. */
export function verificationSummary(v: Verification): { ok: boolean; text: string } {
  if (v.verified) {
    return {
      ok: true,
      text: `Verified at block ${n(v.block)}: ${ID_WORDS[v.scheme]}; ${checkedLine(v.checkedCount, v.ids.length)}.`,
    };
  }
  const parts = [
    v.forged.length > 0 &&
      `${countOf(v.forged.length, "proposal id does", "proposal ids do")} not match their content`,
    v.mismatched.length > 0 &&
      `${countOf(v.mismatched.length, "tally differs", "tallies differ")} from the governor's`,
    ...v.statusMismatches.map(
      (m) =>
        `proposal ${m.proposalId}: ${m.field} from the logs is ${m.derived}, the governor says ${m.read}`,
    ),
    v.uncounted.length > 0 &&
      `${countOf(v.uncounted.length, "tally includes", "tallies include")} votes of a kind Plenum cannot recount, so not compared`,
    v.tallies.some((t) => t.status === "unavailable") && "some tallies could not be read",
  ].filter((p): p is string => typeof p === "string");
  const alarm = v.forged.length > 0 || v.mismatched.length > 0 || v.statusMismatches.length > 0;
  const head = alarm ? "Verification failed" : "Not fully verified";
  return {
    ok: false,
    text: `${head} at block ${n(v.block)}: ${parts.join("; ")}. Treat these numbers with care.`,
  };
}
