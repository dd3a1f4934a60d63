import { describe, expect, it } from "vitest";
import { parseDescription, proposerSuffixMatches } from "./description";

const alice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;

describe("parseDescription", () => {
  it.each([
    ["# Fund the bias audit\n\nBody text", "Fund the bias audit", "Body text"],
    ["## Second-level title\nline", "Second-level title", "line"],
    ["Plain first line\nrest", "Plain first line", "rest"],
    ["\n\n   \n# Late title\nx", "Late title", "x"],
    ["", "Untitled proposal", ""],
    ["#   \nbody", "Untitled proposal", "body"],
    ["# Title\r\n\r\nWindows body", "Title", "Windows body"],
  ])("splits %j", (text, title, body) => {
    const parsed = parseDescription(text);
    expect(parsed.title).toBe(title);
    expect(parsed.body).toBe(body);
    expect(parsed.text).toBe(text);
  });

  it("truncates an overlong title but keeps the full text", () => {
    const text = `# ${"a".repeat(500)}`;
    const parsed = parseDescription(text);
    expect(parsed.title.length).toBe(140);
    expect(parsed.text).toBe(text);
  });

  it("reads the #proposer suffix without removing it from the stored text", () => {
    const text = `# T\nbody#proposer=${alice.toLowerCase()}`;
    const parsed = parseDescription(text);
    expect(parsed.proposerSuffix).toBe(alice);
    expect(parsed.body).toBe("body");
    expect(parsed.text).toBe(text);
    expect(proposerSuffixMatches(parsed, alice)).toBe(true);
    expect(proposerSuffixMatches(parsed, "0x0000000000000000000000000000000000000001")).toBe(false);
  });

  it("ignores a malformed or mid-text suffix", () => {
    expect(parseDescription("# T\n#proposer=0x1234").proposerSuffix).toBeNull();
    expect(parseDescription(`# T\n#proposer=${alice} trailing`).proposerSuffix).toBeNull();
    expect(proposerSuffixMatches(parseDescription("# T"), alice)).toBeNull();
  });
});
