import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import type { SecurityFinding } from "./finding";
import { findingLines, findingPlace } from "./finding-lines";

const A: Address = "0x1111111111111111111111111111111111111111";
const B: Address = "0x2222222222222222222222222222222222222222";

const noCode = (address: Address): SecurityFinding => ({
  rule: "no-code",
  level: "warning",
  address,
  title: "No code: a plain account",
  detail: "A call to it does nothing today.",
});
const lookAlike = (action: number, address = A): SecurityFinding => ({
  rule: "look-alike",
  level: "critical",
  address,
  action,
  title: "Looks like Treasury (timelock), but is a different address",
  detail: `Action ${action + 1} names ${address}.`,
});

describe("findingLines", () => {
  it("gives one line per account per finding, however often it was reported", () => {
    const lines = findingLines([noCode(A), noCode(A), noCode(B)]);
    expect(lines.map((l) => [l.address, l.rule])).toEqual([
      [A, "no-code"],
      [B, "no-code"],
    ]);
    expect(findingPlace(lines[0] as (typeof lines)[number])).toBe(A);
  });

  it("joins the same finding in several actions into one line naming them all", () => {
    const lines = findingLines([lookAlike(0), lookAlike(2), lookAlike(1, B)]);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.actions).toEqual([0, 2]);
    expect(lines[0]?.detail).toBe(`Each of actions 1 and 3 names ${A}.`);
    expect(lines[1]?.detail).toBe(`Action 2 names ${B}.`);
    expect(findingPlace(lines[0] as (typeof lines)[number])).toBe("actions 1 and 3");
  });

  it("keeps findings apart whose details differ beyond the action number", () => {
    const call = (action: number, name: string): SecurityFinding => ({
      rule: "controls-dao",
      level: "critical",
      address: A,
      action,
      title: "Changes who controls the DAO",
      detail: `Action ${action + 1} calls ${name}.`,
    });
    expect(findingLines([call(0, "grantRole"), call(1, "updateDelay")])).toHaveLength(2);
  });
});
