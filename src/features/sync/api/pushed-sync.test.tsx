import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPushedSync } from "./pushed-sync";

/** A sync whose runs are resolved by hand, each with the block it reached. */
function fakeSync() {
  const runs: ((reached: number | null) => void)[] = [];
  const sync = vi.fn(
    () =>
      new Promise<number | null>((resolve) => {
        runs.push(resolve);
      }),
  );
  const finish = async (reached: number | null) => {
    runs[runs.length - 1]?.(reached);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { sync, finish };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createPushedSync", () => {
  it("syncs on a head at once, and heads within 2 s of it get exactly one trailing sync when the 2 s are over", async () => {
    const { sync, finish } = fakeSync();
    const p = createPushedSync({ sync, minMs: 2_000 });
    p.head(10);
    expect(sync).toHaveBeenCalledTimes(1);
    await finish(10);
    await vi.advanceTimersByTimeAsync(500);
    p.head(11);
    await vi.advanceTimersByTimeAsync(700);
    p.head(12);
    await vi.advanceTimersByTimeAsync(799); // 1,999 ms after the first sync
    expect(sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sync).toHaveBeenCalledTimes(2);
    await finish(12);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("a head pushed while a sync runs is followed by one sync once that one is done", async () => {
    const { sync, finish } = fakeSync();
    const p = createPushedSync({ sync, minMs: 2_000 });
    p.head(10);
    await vi.advanceTimersByTimeAsync(2_500);
    p.head(11);
    p.head(12);
    expect(sync).toHaveBeenCalledTimes(1); // one sync at a time
    await finish(10);
    expect(sync).toHaveBeenCalledTimes(2);
    await finish(12);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("a sync that returns an older block than the pushed head (it joined an earlier fetch) is followed by another at once", async () => {
    const { sync, finish } = fakeSync();
    const p = createPushedSync({ sync, minMs: 2_000 });
    p.head(11);
    await finish(10);
    expect(sync).toHaveBeenCalledTimes(2);
    await finish(11);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("stays bounded when the syncs never reach the head (the poll takes over)", async () => {
    const { sync, finish } = fakeSync();
    const p = createPushedSync({ sync, minMs: 2_000 });
    p.head(11);
    for (let i = 0; i < 5; i++) {
      await finish(10);
      await vi.advanceTimersByTimeAsync(2_000);
    }
    expect(sync).toHaveBeenCalledTimes(3); // the head's sync and two follow-ups
    // A failed sync has nothing to compare: no follow-up.
    p.head(12);
    await finish(null);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync).toHaveBeenCalledTimes(4);
  });

  it("stop cancels a pending trailing sync", async () => {
    const { sync, finish } = fakeSync();
    const p = createPushedSync({ sync, minMs: 2_000 });
    p.head(10);
    await finish(10);
    p.head(11);
    p.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
