import { describe, expect, it } from "vitest";
import { parseCountingMode } from "@/domain/dao/quorum";
import { quorumProgress, quorumVotes, tallyShares, voteSucceeded } from "./tally";

const simple = parseCountingMode("support=bravo&quorum=for,abstain");

describe("tally", () => {
  const t = { against: 100n, for: 300n, abstain: 100n };

  it("shares are basis points of all votes", () => {
    expect(tallyShares(t)).toEqual({ against: 2000n, for: 6000n, abstain: 2000n });
    expect(tallyShares({ against: 0n, for: 0n, abstain: 0n })).toEqual({ against: 0n, for: 0n, abstain: 0n });
  });

  it("quorum follows the counting mode", () => {
    expect(quorumVotes(t, simple)).toBe(400n);
    expect(quorumVotes(t, parseCountingMode("support=bravo&quorum=for"))).toBe(300n);
    expect(quorumVotes(t, null)).toBe(300n);
  });

  it("quorum progress is capped and safe for a zero quorum", () => {
    expect(quorumProgress(t, simple, 800n)).toBe(5000n);
    expect(quorumProgress(t, simple, 100n)).toBe(10_000n);
    expect(quorumProgress(t, simple, 0n)).toBe(10_000n);
  });

  it("a tie does not succeed", () => {
    expect(voteSucceeded({ against: 5n, for: 5n, abstain: 0n })).toBe(false);
    expect(voteSucceeded({ against: 4n, for: 5n, abstain: 0n })).toBe(true);
  });
});
