import { describe, expect, it } from "vitest";
import { isOpenState, proposalStateName } from "./state";

describe("proposalStateName", () => {
  it.each([
    [0, "Pending"],
    [1, "Active"],
    [2, "Canceled"],
    [3, "Defeated"],
    [4, "Succeeded"],
    [5, "Queued"],
    [6, "Expired"],
    [7, "Executed"],
  ])("%i is %s", (n, name) => expect(proposalStateName(n)).toBe(name));

  it("rejects values outside the enum", () => {
    expect(() => proposalStateName(8)).toThrow(RangeError);
    expect(() => proposalStateName(-1)).toThrow(RangeError);
  });

  it("knows which states are open", () => {
    expect(isOpenState("Active")).toBe(true);
    expect(isOpenState("Queued")).toBe(false);
  });
});
