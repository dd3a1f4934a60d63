import { describe, expect, it } from "vitest";
import { parseDescription } from "./description";
import type { Proposal } from "./proposal";
import { proposalTimeline } from "./timeline";

const now = {
  mode: { kind: "blocknumber" } as const,
  clock: 1000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};
const p: Proposal = {
  id: 1n,
  proposer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  actions: [],
  decoded: [],
  category: "funding",
  description: parseDescription("# T"),
  descriptionHash: "0x00",
  createdBlock: 100n,
  voteStart: 400n,
  voteEnd: 900n,
  state: "Queued",
  tally: { for: 1n, against: 0n, abstain: 0n },
  quorum: 1n,
  eta: 1_700_100_000n,
};

describe("proposalTimeline", () => {
  it("lists a queued proposal's steps with done flags and an eta still ahead", () => {
    const t = proposalTimeline(
      p,
      { created: { block: 100n, time: 1 }, queued: { block: 950n, time: 2 } },
      now,
    );
    expect(t.map((e) => [e.label, e.done])).toEqual([
      ["Created", true],
      ["Voting starts", true],
      ["Voting ends", true],
      ["Queued", true],
      ["Executable from (eta)", false],
    ]);
    expect(t[1]).toMatchObject({ block: 400n, time: 1_700_000_000 - 600 * 12, estimated: false });
  });

  it("marks a late-quorum extension and estimates future block times", () => {
    const active = { ...p, state: "Active" as const, voteEnd: 1200n, eta: null };
    const t = proposalTimeline(active, { created: { block: 100n, time: 1 }, extendedTo: 1200n }, now);
    expect(t[2]).toMatchObject({
      label: "Voting ends",
      done: false,
      estimated: true,
      note: "extended after quorum was reached late",
    });
    expect(t).toHaveLength(3);
  });
});
