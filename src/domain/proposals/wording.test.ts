import { describe, expect, it } from "vitest";
import { parseCountingMode } from "@/domain/dao/quorum";
import { PROPOSAL_STATES } from "./state";
import { closedVotingSentence, outcomeSentence, stateSentence, supportWithArticle } from "./wording";

describe("wording", () => {
  it("builds a grammatical sentence for every state (no 'is succeeded')", () => {
    for (const s of PROPOSAL_STATES) {
      const text = stateSentence(s);
      expect(text).toMatch(/^This proposal [a-z].*\.$/);
      expect(text).not.toMatch(/\bis (succeeded|defeated|canceled|executed|expired)\b/);
    }
    expect(closedVotingSentence("Succeeded")).toBe("Voting is closed: this proposal succeeded.");
  });

  it("puts the right article before each support", () => {
    expect(supportWithArticle("for")).toBe("a For");
    expect(supportWithArticle("against")).toBe("an Against");
    expect(supportWithArticle("abstain")).toBe("an Abstain");
  });

  it("says why a defeated proposal lost", () => {
    const mode = parseCountingMode("support=bravo&quorum=for,abstain");
    const tally = { for: 1n, against: 0n, abstain: 0n };
    expect(outcomeSentence({ state: "Defeated", tally, quorum: 10n }, mode)).toContain("too few votes");
    expect(
      outcomeSentence({ state: "Defeated", tally: { ...tally, against: 5n }, quorum: 1n }, mode),
    ).toContain("For did not outweigh Against");
  });
});
