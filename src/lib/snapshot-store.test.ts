import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { clearSnapshots, prefetchSnapshot, readSnapshot, writeSnapshot } from "./snapshot-store";

describe("snapshot store", () => {
  it("gives back the last value written under a key, bigints and Maps intact, and null for an unknown key", async () => {
    await writeSnapshot("list:1", { blockNumber: 5n, votes: new Map([[1n, "for"]]) });
    await writeSnapshot("list:1", { blockNumber: 7n, votes: new Map([[2n, "against"]]) });
    expect(await readSnapshot("list:1")).toEqual({ blockNumber: 7n, votes: new Map([[2n, "against"]]) });
    expect(await readSnapshot("list:2")).toBeNull();
  });

  it("forgets everything when cleared", async () => {
    await writeSnapshot("list:3", { blockNumber: 1n });
    await clearSnapshots();
    expect(await readSnapshot("list:3")).toBeNull();
  });
});

describe("snapshot store, a read started at boot", () => {
  it("hands the read it started to the first readSnapshot of the key, then reads afresh", async () => {
    await writeSnapshot("list:4", { blockNumber: 1n });
    prefetchSnapshot("list:4");
    expect(await readSnapshot("list:4")).toEqual({ blockNumber: 1n });
    expect(await readSnapshot("list:4")).toEqual({ blockNumber: 1n });
  });

  it("never hands out a value that a later write replaced", async () => {
    await writeSnapshot("list:5", { blockNumber: 1n });
    prefetchSnapshot("list:5");
    await writeSnapshot("list:5", { blockNumber: 2n });
    expect(await readSnapshot("list:5")).toEqual({ blockNumber: 2n });
  });
});
