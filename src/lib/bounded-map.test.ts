import { describe, expect, it } from "vitest";
import { createBoundedMap } from "./bounded-map";

describe("createBoundedMap", () => {
  it("keeps at most max entries, dropping the least recently used", () => {
    const m = createBoundedMap<string, number>(2);
    m.set("a", 1);
    m.set("b", 2);
    expect(m.get("a")).toBe(1); // a is now the most recent
    m.set("c", 3);
    expect(m.size).toBe(2);
    expect(m.get("b")).toBe(undefined);
    expect(m.get("a")).toBe(1);
    expect(m.get("c")).toBe(3);
  });

  it("replacing a key does not count twice", () => {
    const m = createBoundedMap<string, number>(2);
    m.set("a", 1);
    m.set("a", 2);
    m.set("b", 3);
    expect([m.get("a"), m.get("b"), m.size]).toEqual([2, 3, 2]);
  });
});
