import { afterEach, describe, expect, it, vi } from "vitest";
import { prefetchPersisted, readPersisted, toJson } from "./query-persist-read";

function stubStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
  return map;
}

afterEach(() => vi.unstubAllGlobals());

describe("readPersisted", () => {
  it("gives the entry as stored, bigints intact, and null for none", () => {
    stubStorage({ a: toJson({ at: 5, state: { n: 7n } }) });
    expect(readPersisted("a")).toEqual({ at: 5, state: { n: 7n } });
    expect(readPersisted("b")).toBeNull();
  });

  it("removes an unreadable entry and gives null", () => {
    const map = stubStorage({ a: "{not json", b: toJson({ state: {} }) });
    expect(readPersisted("a")).toBeNull();
    expect(map.has("a")).toBe(false);
    expect(readPersisted("b")).toBeNull(); // no time it was stored at: not an entry of ours
  });

  it("hands the boot's parse to the first read of the key, then parses afresh", () => {
    const map = stubStorage({ a: toJson({ at: 1, state: "first" }) });
    prefetchPersisted("a");
    map.set("a", toJson({ at: 2, state: "second" }));
    expect(readPersisted("a")).toEqual({ at: 1, state: "first" });
    expect(readPersisted("a")).toEqual({ at: 2, state: "second" });
  });
});
