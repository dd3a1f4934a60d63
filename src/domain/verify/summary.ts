import type { Verification } from "./verification";

const n = (x: number) => x.toLocaleString("en-US");

const ID_WORDS: Record<Verification["scheme"], string> = {
  "content-hash": "proposal ids re-hashed from their content",
  sequential: "ids are sequential: checked against the governor's getProposalId instead",
  "not-content-hash": "ids not content hashes (not checked)",
  unknown: "no proposal ids to check",
};

/** The "verified at block N" line in words: what was checked, or every exception, never a claim that was not
 * computed. `ok` false means some check failed or could not be made. */
export function verificationSummary(v: Verification): { ok: boolean; text: string } {
  if (v.verified) {
    return {
      ok: true,
      text: `Verified at block ${n(v.block)}: ${ID_WORDS[v.scheme]}; every tally recomputed from the vote logs matches proposalVotes.`,
    };
  }
  const parts = [
    v.forged.length > 0 && `${v.forged.length} proposal id(s) do not match their content`,
    v.mismatched.length > 0 && `${v.mismatched.length} tally(ies) differ from the governor's`,
    v.uncounted.length > 0 &&
      `${v.uncounted.length} tally(ies) include votes of a kind Plenum cannot recount, so they were not compared`,
    v.tallies.some((t) => t.status === "unavailable") && "some tallies could not be read",
  ].filter((p): p is string => typeof p === "string");
  const alarm = v.forged.length > 0 || v.mismatched.length > 0;
  const head = alarm ? "Verification failed" : "Not fully verified";
  return {
    ok: false,
    text: `${head} at block ${n(v.block)}: ${parts.join("; ")}. Treat these numbers with care.`,
  };
}
