import { describe, expect, it } from "vitest";
import { eventsKey } from "./events-key";

const log = (blockNumber: number, logIndex: number, tx: string) => ({
  blockNumber,
  logIndex,
  transactionHash: tx,
});

describe("eventsKey", () => {
  it("is the same for the same logs and differs when a reorg swaps a log at the same block", () => {
    const before = [log(1, 0, "0xaa"), log(9, 0, "0xbb")];
    expect(eventsKey(before)).toEqual(eventsKey([...before]));
    const reorged = [log(1, 0, "0xaa"), log(9, 0, "0xcc")];
    expect(eventsKey(reorged).count).toBe(2);
    expect(eventsKey(reorged).last).toBe(9);
    expect(eventsKey(reorged).fingerprint).not.toBe(eventsKey(before).fingerprint);
  });

  it("describes no events", () => {
    expect(eventsKey([])).toMatchObject({ count: 0, last: null });
  });
});
