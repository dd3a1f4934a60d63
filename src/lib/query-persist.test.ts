import { describe, expect, it } from "vitest";
import { fromJson, toJson } from "./query-persist-read";

describe("query cache JSON", () => {
  it("round-trips bigints and Maps, nested", () => {
    const value = { a: 10n ** 30n, m: new Map([[1n, { votes: [2n, -3n] }]]), s: "x", n: null };
    expect(fromJson(toJson(value))).toEqual(value);
  });
});
