import { describe, expect, it } from "vitest";
import { governorKindFrom } from "@/domain/dao/governor-kind";
import { voteOptionsFor } from "./vote-options";

const probe = {
  supportsOz5: false,
  supportsOz49: false,
  supportsOz4: false,
  countingMode: null,
  version: null,
  clockMode: null,
  proposalCount: 3n,
  quorumVotes: 40n,
  implementation: null,
  admin: null,
  initialProposalId: null,
  voteCastSeen: null,
} as const;

describe("voteOptionsFor", () => {
  it("GovernorAlpha: For and Against as a bool, no reason, no signed ballot, said plainly", () => {
    const o = voteOptionsFor(governorKindFrom({ ...probe, voteCastSeen: "bool" }));
    expect(o).toMatchObject({
      encoding: "bool",
      choices: ["for", "against"],
      reasons: false,
      signBallot: false,
    });
    expect(o.notes).toContain("GovernorAlpha has only For and Against; no reasons.");
    expect(o.notes.join(" ")).toMatch(/No vote-by-signature for GovernorAlpha in Plenum/);
  });

  it("GovernorBravo: uint8 with Abstain and a reason, no signed ballot", () => {
    const o = voteOptionsFor(
      governorKindFrom({ ...probe, admin: "0x0000000000000000000000000000000000000001" }),
    );
    expect(o).toMatchObject({
      encoding: "uint8",
      powerFrom: "bravo",
      choices: ["for", "against", "abstain"],
      reasons: true,
      signBallot: false,
    });
  });

  it("OpenZeppelin 5: everything, signed ballots included; 4.9 Bravo-compatible: no signed ballot", () => {
    const oz5 = voteOptionsFor(governorKindFrom({ ...probe, supportsOz5: true }));
    expect(oz5).toEqual({
      encoding: "uint8",
      powerFrom: "governor",
      choices: ["for", "against", "abstain"],
      reasons: true,
      signBallot: true,
      notes: [],
    });
    const compat = voteOptionsFor(
      governorKindFrom({ ...probe, supportsOz49: true, countingMode: "support=bravo&quorum=bravo" }),
    );
    expect(compat).toMatchObject({
      encoding: "uint8",
      powerFrom: "governor",
      reasons: true,
      signBallot: false,
    });
    expect(compat.choices).toContain("abstain");
    expect(compat.notes.join(" ")).toMatch(/Ballot has no voter or nonce/);
  });
});
