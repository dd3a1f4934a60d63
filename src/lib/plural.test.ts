import { describe, expect, it } from "vitest";
import { countOf } from "./plural";

describe("countOf", () => {
  it.each([
    [0, "request", undefined, "0 requests"],
    [1, "request", undefined, "1 request"],
    [2, "request", undefined, "2 requests"],
    [1200, "draft", undefined, "1,200 drafts"],
    [1n, "action", undefined, "1 action"],
    [3n, "action", undefined, "3 actions"],
    [1, "delegate differs", "delegates differ", "1 delegate differs"],
    [4, "delegate differs", "delegates differ", "4 delegates differ"],
  ] as const)("%s %s", (n, one, many, expected) => {
    expect(countOf(n, one, many)).toBe(expected);
  });
});
