import { describe, expect, it } from "vitest";
import { availableLifecycle } from "./lifecycle";

const proposer = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const base = { proposer, eta: null } as const;

describe("availableLifecycle", () => {
  it.each([
    [
      "queue a succeeded proposal under a timelock",
      { state: "Succeeded" as const },
      true,
      [{ action: "queue", why: null }],
    ],
    [
      "execute a succeeded proposal without a timelock",
      { state: "Succeeded" as const },
      false,
      [{ action: "execute", why: null }],
    ],
    [
      "execute once the eta passed",
      { state: "Queued" as const, eta: 100n },
      true,
      [{ action: "execute", why: null }],
    ],
    [
      "wait for the eta",
      { state: "Queued" as const, eta: 5000n },
      true,
      [{ action: "execute", why: "The timelock delay runs until 1970-01-01 01:23 UTC." }],
    ],
    ["nothing for executed ones", { state: "Executed" as const }, true, []],
    ["nothing for a stranger on a pending one", { state: "Pending" as const }, true, []],
  ] as const)("%s", (_, p, needsQueuing, expected) => {
    expect(
      availableLifecycle({ ...base, ...p }, needsQueuing, 1000, "0x0000000000000000000000000000000000000001"),
    ).toEqual(expected);
  });

  it("lets the proposer cancel while pending", () => {
    expect(availableLifecycle({ ...base, state: "Pending" }, true, 0, proposer.toLowerCase())).toEqual([
      { action: "cancel", why: null },
    ]);
  });
});
