import { describe, expect, it } from "vitest";
import { participation } from "./participation";
import type { PowerPoint } from "./power-history";
import type { CastVote, ProposalRef } from "./votes";

const proposal = (id: number, snapshot: number): ProposalRef => ({
  id: BigInt(id),
  title: `P${id}`,
  proposer: "0x",
  snapshot: BigInt(snapshot),
  voteEnd: BigInt(snapshot + 100),
  blockNumber: snapshot - 10,
});
const voted = (...ids: number[]) =>
  new Map(ids.map((id) => [BigInt(id), { proposalId: BigInt(id) } as CastVote] as const));
// Power from block 100 to 299 (undelegated at 300), then again from 500.
const points: PowerPoint[] = [
  { blockNumber: 100, timestamp: 0, votes: 10n },
  { blockNumber: 300, timestamp: 0, votes: 0n },
  { blockNumber: 500, timestamp: 0, votes: 5n },
];
const proposals = [50, 150, 250, 350, 550, 650, 900].map((s, i) => proposal(i + 1, s));
const block = { kind: "blocknumber" } as const;

describe("participation counts only proposals the delegate could vote on", () => {
  it.each([
    // At block 700: eligible are 2 (150), 3 (250), 5 (550), 6 (650); 1 (no power yet), 4 (no power), 7 (not open).
    [700, voted(2, 5), 10, { voted: 2, eligible: 4 }],
    [700, voted(1, 4), 10, { voted: 0, eligible: 4 }], // votes without power at the snapshot do not count
    [700, voted(2, 3, 5, 6), 2, { voted: 2, eligible: 2 }], // last 2: 6 and 5
    [700, voted(2, 3), 2, { voted: 0, eligible: 2 }],
    [650, voted(5), 10, { voted: 1, eligible: 3 }], // snapshot 650 is not yet open at clock 650
    [100, voted(), 10, { voted: 0, eligible: 0 }],
  ])("at clock %i", (now, mine, lastN, expected) => {
    expect(participation(points, mine, proposals, block, BigInt(now), lastN)).toEqual(expected);
  });

  it("no power history: never eligible", () => {
    expect(participation(undefined, voted(1), proposals, block, 1_000n)).toEqual({ voted: 0, eligible: 0 });
  });
});
