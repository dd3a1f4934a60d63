import { describe, expect, it } from "vitest";
import { contentProposalId, idSchemeFrom } from "./proposal-ids";
import { tallyFromVotes } from "./tallies";
import { verifyDao } from "./verification";

const content = {
  targets: ["0x00000000000000000000000000000000000000aa"] as const,
  values: [0n],
  calldatas: ["0x1234"] as const,
  description: "# Fund the eval lab\nGrant 1,000 tUSD.",
};
const id = contentProposalId(content);
const created = [
  { ...content, proposalId: id },
  { ...content, description: "other", proposalId: id + 1n },
];

describe("proposal id verification", () => {
  it("hashes content like OZ hashProposal and is sensitive to the description", () => {
    expect(id).toBe(contentProposalId({ ...content }));
    expect(contentProposalId({ ...content, description: `${content.description} ` })).not.toBe(id);
  });

  it("flags a forged id on governors whose ids are content hashes", () => {
    const scheme = idSchemeFrom(created, id);
    expect(scheme).toBe("content-hash");
    const v = verifyDao({ block: 42, scheme, created, votes: [], onchainTallies: new Map() });
    expect(v.forged).toEqual([id + 1n]);
    expect(v.ids[0]).toMatchObject({ status: "ok", via: "re-hash" });
    expect(v.verified).toBe(false);
  });

  it("checks sequential ids (1, 2, 3) through the governor's getProposalId, and flags content it does not know", () => {
    const counted = [1n, 2n, 3n].map((n) => ({ ...content, description: `proposal ${n}`, proposalId: n }));
    // hashProposal still hashes content on GovernorSequentialProposalId: it says nothing about the logged ids.
    const hash = contentProposalId(counted[0] ?? content);
    const mapped = new Map([
      [1n, 1n],
      [2n, 2n],
      [3n, null],
    ]);
    const scheme = idSchemeFrom(counted, hash, mapped);
    expect(scheme).toBe("sequential");
    const v = verifyDao({
      block: 7,
      scheme,
      created: counted,
      votes: [],
      onchainTallies: new Map(counted.map((c) => [c.proposalId, { against: 0n, for: 0n, abstain: 0n }])),
      governorIds: mapped,
    });
    expect(v.ids.map((i) => [i.status, i.via])).toEqual([
      ["ok", "getProposalId"],
      ["ok", "getProposalId"],
      ["forged", null],
    ]);
    expect(v.forged).toEqual([3n]);
    const allKnown = new Map([...mapped, [3n, 3n]]);
    const ok = verifyDao({
      block: 7,
      scheme: idSchemeFrom(counted, hash, allKnown),
      created: counted,
      votes: [],
      onchainTallies: new Map(counted.map((c) => [c.proposalId, { against: 0n, for: 0n, abstain: 0n }])),
      governorIds: allKnown,
    });
    expect(ok.verified).toBe(true);
  });

  it("leaves ids unchecked, not forged, where the governor neither hashes content nor maps it", () => {
    const counted = [1n, 2n].map((n) => ({ ...content, description: `proposal ${n}`, proposalId: n }));
    expect(idSchemeFrom(counted, null)).toBe("unknown");
    const scheme = idSchemeFrom(counted, 99n, new Map([[1n, null]]));
    expect(scheme).toBe("not-content-hash");
    const v = verifyDao({ block: 42, scheme, created: counted, votes: [], onchainTallies: new Map() });
    expect(v.forged).toEqual([]);
    expect(v.ids.every((i) => i.status === "unchecked")).toBe(true);
    expect(idSchemeFrom([], 1n)).toBe("unknown");
  });
});

describe("tally verification", () => {
  const votes = [
    { proposalId: id, support: 1, weight: 100n },
    { proposalId: id, support: 0, weight: 30n },
    { proposalId: id, support: 2, weight: 5n },
    { proposalId: id, support: 1, weight: 20n },
  ];

  it("sums weights by support", () => {
    expect(tallyFromVotes(votes).get(id)).toEqual({ against: 30n, for: 120n, abstain: 5n, uncounted: 0 });
  });

  it("says verified at block N when logs and the governor agree, and flags a double-counted vote", () => {
    const onchain = new Map([
      [id, { against: 30n, for: 120n, abstain: 5n }],
      [id + 1n, { against: 0n, for: 0n, abstain: 0n }],
    ]);
    const ok = verifyDao({
      block: 99,
      scheme: "content-hash",
      created: created.slice(0, 1),
      votes,
      onchainTallies: onchain,
    });
    expect(ok).toMatchObject({ block: 99, verified: true, mismatched: [] });

    const doubled = verifyDao({
      block: 99,
      scheme: "content-hash",
      created: created.slice(0, 1),
      votes: [...votes, { proposalId: id, support: 1, weight: 100n }],
      onchainTallies: onchain,
    });
    expect(doubled.mismatched).toEqual([id]);
    expect(doubled.verified).toBe(false);
  });

  it("reports a tally it could not read as unavailable, not as verified", () => {
    const v = verifyDao({
      block: 5,
      scheme: "content-hash",
      created: created.slice(0, 1),
      votes,
      onchainTallies: new Map([[id, null]]),
    });
    expect(v.tallies[0]?.status).toBe("unavailable");
    expect(v.verified).toBe(false);
  });
});
