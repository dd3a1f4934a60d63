import { describe, expect, it } from "vitest";
import { governorKindFrom } from "./governor-kind";
import { kindProbes } from "./governor-kind-fixtures";

describe("governorKindFrom", () => {
  it.each([
    ["an OZ 5.x governor", kindProbes.oz5, "oz5", "OpenZeppelin 5.x"],
    ["an OZ 4.9 governor", kindProbes.oz49, "oz4", "OpenZeppelin 4.9"],
    [
      "an OZ 4.9 Bravo-compatible governor",
      kindProbes.oz49Bravo,
      "oz4-bravo",
      "OpenZeppelin 4.9, Bravo-compatible",
    ],
    ["GovernorAlpha", kindProbes.alpha, "alpha", "GovernorAlpha (Compound-style)"],
    ["GovernorBravo behind its delegator", kindProbes.bravoDelegator, "bravo", "GovernorBravo (Compound)"],
    ["a contract that is no governor", kindProbes.none, "unreadable", "Not a governor Plenum can read"],
  ])("tells %s", (_, probe, kind, label) => {
    const info = governorKindFrom(probe);
    expect(info.kind).toBe(kind);
    expect(info.label).toBe(label);
  });

  it("says 4.x when only the older 4.x ids answer", () => {
    const info = governorKindFrom({ ...kindProbes.oz49, supportsOz49: false });
    expect(info.label).toBe("OpenZeppelin 4.x");
  });

  it("names an OZ-style governor that declares no interface id by its COUNTING_MODE", () => {
    const info = governorKindFrom({
      ...kindProbes.oz5,
      supportsOz5: null,
      supportsOz4: null,
      supportsOz49: null,
    });
    expect(info.kind).toBe("oz-unknown");
  });

  it("reads Bravo-compatible tallies from proposals() and counts For only toward quorum", () => {
    const info = governorKindFrom(kindProbes.oz49Bravo);
    expect(info).toMatchObject({ tallyFrom: "proposals", lifecycleBy: "content", abstain: true });
    expect(info.notes).toContain("Quorum counts For votes only (GovernorCompatibilityBravo).");
  });

  it("says plainly what GovernorAlpha cannot do", () => {
    const info = governorKindFrom(kindProbes.alpha);
    expect(info).toMatchObject({
      abstain: false,
      reasons: false,
      voteBySignature: false,
      lifecycleBy: "id",
      sequentialIds: true,
    });
    expect(info.notes).toContain("GovernorAlpha has no abstain: votes are For or Against.");
  });

  it("lets the VoteCast logs seen decide between Alpha and Bravo", () => {
    expect(governorKindFrom({ ...kindProbes.alpha, voteCastSeen: "uint8" }).kind).toBe("bravo");
    expect(governorKindFrom({ ...kindProbes.bravoDelegator, voteCastSeen: "bool" }).kind).toBe("alpha");
  });
});
