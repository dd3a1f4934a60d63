import { type Hex, numberToHex, pad } from "viem";
import { describe, expect, it } from "vitest";
import { createHeadWindow } from "./head-feed";

const hash = (n: number, branch = 0) => pad(numberToHex(n * 10 + branch)) as Hex;
const header = (n: number, branch = 0, parentBranch = branch) => ({
  number: n,
  hash: hash(n, branch),
  parentHash: hash(n - 1, parentBranch),
});

describe("head window", () => {
  it("vouches for the parent-linked chain behind the latest pushed head", () => {
    const w = createHeadWindow();
    for (const n of [10, 11, 12]) w.push(header(n));
    expect(w.feed.latest()).toEqual({ number: 12, hash: hash(12) });
    expect([9, 10, 11, 12].map((n) => w.feed.hashAt(n))).toEqual([hash(9), hash(10), hash(11), hash(12)]);
    expect(w.feed.hashAt(8)).toBeUndefined();
  });

  it("tells listeners about every pushed head until they unsubscribe", () => {
    const w = createHeadWindow();
    const seen: number[] = [];
    const off = w.feed.onHead((h) => seen.push(h.number));
    w.push(header(10));
    w.push(header(11));
    off();
    w.push(header(12));
    expect(seen).toEqual([10, 11]);
  });

  it("starts again after a gap, so nothing from before it is vouched for", () => {
    const w = createHeadWindow();
    w.push(header(10));
    w.push(header(14)); // 11..13 missed (a reconnect)
    expect(w.feed.hashAt(10)).toBeUndefined();
    expect(w.feed.hashAt(13)).toBe(hash(13));
  });

  it("follows a reorg: the new branch replaces the old one at and above its height", () => {
    const w = createHeadWindow();
    for (const n of [10, 11, 12, 13]) w.push(header(n));
    w.push(header(12, 1, 0)); // a sibling of 12 on top of the same 11
    expect(w.feed.latest()).toEqual({ number: 12, hash: hash(12, 1) });
    expect(w.feed.hashAt(13)).toBeUndefined();
    expect(w.feed.hashAt(11)).toBe(hash(11));
    w.push(header(13, 1));
    expect(w.feed.hashAt(12)).toBe(hash(12, 1));
  });

  it("goes quiet when no head arrived for too long, and forgets everything on reset", () => {
    let t = 0;
    const w = createHeadWindow({ maxAgeMs: 1_000, now: () => t });
    w.push(header(10));
    t = 1_001;
    expect(w.feed.latest()).toBeNull();
    expect(w.feed.hashAt(10)).toBeUndefined();
    t = 0;
    w.reset();
    expect(w.feed.latest()).toBeNull();
  });
});
