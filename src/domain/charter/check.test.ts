import type { Address, Hex } from "viem";
import { describe, expect, it } from "vitest";
import { checkCharterAgainstReads } from "./check";
import { charterModel } from "./model";

const C = "0x1111111111111111111111111111111111111111" as Address;
const H = `0x${"1".repeat(64)}` as Hex;
const at = { logIndex: 0, tx: `0x${"a".repeat(64)}` as Hex, timestamp: null };
const model = charterModel({
  events: [
    { kind: "ratified", charter: C, id: 0n, title: "A", uri: "data:,a", contentHash: H, block: 1, ...at },
    { kind: "ratified", charter: C, id: 1n, title: "B", uri: "data:,b", contentHash: H, block: 2, ...at },
    { kind: "retired", charter: C, id: 0n, reason: "old", block: 3, ...at },
  ],
  proposals: [],
  atBlock: 5,
  atHead: true,
});
const row = (id: bigint, title: string, retired: boolean) => ({
  id,
  title,
  uri: `data:,${title.toLowerCase()}`,
  contentHash: H,
  retired,
});

describe("checkCharterAgainstReads", () => {
  it("passes when every principle and retired flag equals the contract's reads", () => {
    const c = checkCharterAgainstReads(model, [
      { charter: C, principles: [row(0n, "A", true), row(1n, "B", false)] },
    ]);
    expect(c).toEqual({ block: 5, compared: 2, problems: [] });
  });

  it("names a differing principle, a missing one and a contract that does not answer", () => {
    const c = checkCharterAgainstReads(model, [
      { charter: C, principles: [row(0n, "A", false), row(1n, "B", false), row(2n, "C", false)] },
      { charter: "0x2222222222222222222222222222222222222222", principles: null },
    ]);
    expect(c.problems).toEqual([
      `${C}: 3 principles on chain, 2 in the logs.`,
      `Principle #0 of ${C} differs from its logs.`,
      `Principle #2 of ${C} differs from its logs.`,
      "0x2222222222222222222222222222222222222222 does not answer principleCount().",
    ]);
  });
});
