import { describe, expect, it } from "vitest";
import { describeCountingMode, parseCountingMode, quorumPercent } from "./quorum";

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

  it("says Unknown when the governor has no COUNTING_MODE", () => {
    expect(describeCountingMode(null)).toBe("Unknown");
  });
});
