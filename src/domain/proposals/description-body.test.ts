import { describe, expect, it } from "vitest";
import { parseDescription } from "./description";
import { descriptionBeyondTitle } from "./description-body";

const proposer = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("descriptionBeyondTitle", () => {
  it.each([
    ["# Fund the audit\n\nThe body.", "The body."],
    ["# Fund the audit", null],
    ["Fund the audit", null],
    [`# Fund the audit\n\n#proposer=${proposer}`, null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(descriptionBeyondTitle(parseDescription(text))).toBe(expected);
  });

  it("keeps the whole text when the title was cut, so the full title stays readable", () => {
    const text = `# ${"a".repeat(300)}`;
    expect(descriptionBeyondTitle(parseDescription(text))).toBe(text);
  });
});
