import { describe, expect, it } from "vitest";
import { parseDescription } from "./description";
import type { Proposal } from "./proposal";
import { proposalTimeline } from "./timeline";
import { withBlockTimes } from "./timing";

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
    expect(t[1]).toMatchObject({ block: 400n, time: 1_700_000_000 - 600 * 12, estimated: true });
  });

  it("gives exact voting times where the blocks' timestamps are known, estimates between them", () => {
    const known = withBlockTimes(
      now,
      new Map([
        [400n, 1_699_990_000],
        [900n, 1_699_999_000],
      ]),
    );
    const t = proposalTimeline(p, { created: { block: 100n, time: 1 } }, known);
    expect(t[1]).toMatchObject({ label: "Voting starts", time: 1_699_990_000, estimated: false });
    expect(t[2]).toMatchObject({ label: "Voting ends", time: 1_699_999_000, estimated: false });
    const queued = proposalTimeline(
      p,
      { created: { block: 100n, time: null }, queued: { block: 900n, time: null } },
      known,
    );
    expect(queued[0]).toMatchObject({ label: "Created", time: null });
    expect(queued[3]).toMatchObject({ label: "Queued", time: 1_699_999_000, estimated: false });
    const between = proposalTimeline({ ...p, voteEnd: 650n }, { created: { block: 100n, time: 1 } }, known);
    expect(between[2]).toMatchObject({ time: 1_699_994_500, estimated: true });
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

  it("cuts a canceled proposal's timeline at its cancellation, in block order", () => {
    const canceled = { ...p, state: "Canceled" as const, eta: null, voteStart: 2100n, voteEnd: 2138n };
    const t = proposalTimeline(
      canceled,
      { created: { block: 30n, time: 1 }, canceled: { block: 39n, time: 2 } },
      {
        ...now,
        clock: 3000n,
      },
    );
    expect(t.map((e) => [e.label, e.block])).toEqual([
      ["Created", 30n],
      ["Canceled", 39n],
    ]);
    expect(t[1]?.note).toBe("before voting started");
    const during = proposalTimeline(
      { ...canceled, voteStart: 35n, voteEnd: 60n },
      { created: { block: 30n, time: 1 }, canceled: { block: 39n, time: 2 } },
      { ...now, clock: 3000n },
    );
    expect(during.map((e) => e.label)).toEqual(["Created", "Voting starts", "Canceled"]);
    expect(during.map((e) => e.block)).toEqual([30n, 35n, 39n]);
    expect(during[2]?.note).toBe("while voting was open");
  });
});
