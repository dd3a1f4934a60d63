import { describe, expect, it } from "vitest";
import { supportFromValue, tallyFromVotes, type Vote, votesToCsv } from "./vote";

const v = (support: Vote["support"], weight: bigint, reason = ""): Vote => ({
  voter: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  support,
  weight,
  reason,
  blockNumber: 10n,
  transactionHash: "0xabc",
});

describe("votes", () => {
  it("maps support values like GovernorCountingSimple", () => {
    expect([0, 1, 2, 3].map(supportFromValue)).toEqual(["against", "for", "abstain", null]);
  });

  it("tallies by support", () => {
    expect(tallyFromVotes([v("for", 5n), v("for", 1n), v("against", 2n), v("abstain", 3n)])).toEqual({
      for: 6n,
      against: 2n,
      abstain: 3n,
    });
  });

  it("exports CSV with quoting and without formula injection", () => {
    const csv = votesToCsv(
      [v("for", 10n, 'Yes, "strongly"'), v("against", 1n, '=HYPERLINK("http://x")')],
      (w) => `${w} AIC`,
    );
    const lines = csv.split("\n");
    expect(lines[0]).toBe("voter,support,weight,weight_raw,reason,block,transaction");
    expect(lines[1]).toContain('"Yes, ""strongly"""');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain("10 AIC,10,");
  });
});
