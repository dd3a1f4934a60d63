import { describe, expect, it } from "vitest";
import { describeCountingMode, isFractional, parseCountingMode, quorumPercent, supportKinds } from "./quorum";

describe("quorumPercent", () => {
  it.each([
    [4n, 100n, "4%"],
    [15n, 1000n, "1.5%"],
    [1n, 3n, "33.33%"],
    [0n, 100n, "0%"],
    [100n, 100n, "100%"],
    [1n, 0n, "—"],
  ])("%d/%d -> %s", (n, d, pct) => expect(quorumPercent(n, d)).toBe(pct));
});

describe("describeCountingMode", () => {
  it("describes OZ's simple counting", () => {
    const mode = parseCountingMode("support=bravo&quorum=for,abstain");
    expect(describeCountingMode(mode)).toBe("For, Against, Abstain; quorum counts For + Abstain");
  });

  it("parses the parts and rejects odd values", () => {
    expect(parseCountingMode("support=bravo&quorum=for,abstain&params=fractional")).toEqual({
      support: "bravo",
      quorum: ["for", "abstain"],
      params: "fractional",
    });
    expect(parseCountingMode(null)).toBeNull();
    expect(parseCountingMode("quorum=for")).toBeNull();
  });

  it("parses every OpenZeppelin counting module's mode", () => {
    // GovernorCountingFractional (OZ 5.1+)
    const fractional = parseCountingMode("support=bravo,fractional&quorum=for,abstain&params=fractional");
    expect(fractional).toEqual({
      support: "bravo,fractional",
      quorum: ["for", "abstain"],
      params: "fractional",
    });
    expect(supportKinds(fractional)).toEqual(["bravo", "fractional"]);
    expect(isFractional(fractional)).toBe(true);
    expect(describeCountingMode(fractional)).toBe(
      "For, Against, Abstain, or a split of one's votes over the three (fractional, possibly in several votes); quorum counts For + Abstain",
    );
    // GovernorCompatibilityBravo (OZ 4.x): quorum=bravo counts For only, as Compound's quorumVotes does.
    const bravo = parseCountingMode("support=bravo&quorum=bravo");
    expect(bravo?.quorum).toEqual(["for"]);
    expect(describeCountingMode(bravo)).toBe("For, Against, Abstain; quorum counts For");
    // GovernorCountingOverridable (OZ 5.3+)
    const overridable = parseCountingMode("support=bravo,override&quorum=for,abstain&overridable=true");
    expect(isFractional(overridable)).toBe(false);
    expect(describeCountingMode(overridable)).toContain("delegators may override their delegate's vote");
    expect(isFractional(parseCountingMode("support=bravo&quorum=for,abstain"))).toBe(false);
    expect(isFractional(null)).toBe(false);
  });

  it("says Unknown when the governor has no COUNTING_MODE", () => {
    expect(describeCountingMode(null)).toBe("Unknown");
  });
});
