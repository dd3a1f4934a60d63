import { describe, expect, it } from "vitest";
import { delegatePowerAt, topNonVoters } from "./delegate-power";

const A = "0x00000000000000000000000000000000000000aa" as const;
const B = "0x00000000000000000000000000000000000000bb" as const;
const C = "0x00000000000000000000000000000000000000cc" as const;
const changes = [
  { delegate: A, newVotes: 100n, blockNumber: 1n },
  { delegate: B, newVotes: 300n, blockNumber: 2n },
  { delegate: A, newVotes: 500n, blockNumber: 5n },
  { delegate: C, newVotes: 50n, blockNumber: 6n },
  { delegate: B, newVotes: 0n, blockNumber: 7n },
];

describe("delegate power", () => {
  it("replays changes up to the snapshot block", () => {
    expect(delegatePowerAt(changes, 4n)).toEqual(
      new Map([
        [A, 100n],
        [B, 300n],
      ]),
    );
    expect(delegatePowerAt(changes, null)).toEqual(
      new Map([
        [A, 500n],
        [B, 0n],
        [C, 50n],
      ]),
    );
  });

  it("lists the heaviest delegates who have not voted", () => {
    const power = delegatePowerAt(changes, 6n);
    expect(topNonVoters(power, [A.toUpperCase().replace("0X", "0x")], 5)).toEqual([
      { delegate: B, power: 300n },
      { delegate: C, power: 50n },
    ]);
    expect(topNonVoters(power, [], 1)).toEqual([{ delegate: A, power: 500n }]);
    expect(topNonVoters(delegatePowerAt(changes, null), [A], 5)).toEqual([{ delegate: C, power: 50n }]);
  });
});
