import { describe, expect, it } from "vitest";
import { findHiddenChars, hiddenCharMarker, revealHiddenChars } from "./visible-text";

describe("revealHiddenChars", () => {
  it.each([
    ["Transfer \u202E0001 ot 0009\u202C AIC", "Transfer ⟦RLO U+202E⟧0001 ot 0009⟦PDF U+202C⟧ AIC"],
    ["Pay\u200Bment", "Pay⟦ZWSP U+200B⟧ment"],
    ["Open\u200DEval\uFEFF", "Open⟦ZWJ U+200D⟧Eval⟦BOM U+FEFF⟧"],
    ["\u2067100\u2069 \u200Fto\u200E", "⟦RLI U+2067⟧100⟦PDI U+2069⟧ ⟦RLM U+200F⟧to⟦LRM U+200E⟧"],
    ["a\u0000b\u0085c", "a⟦CONTROL U+0000⟧b⟦CONTROL U+0085⟧c"],
    ["soft\u00ADhyphen", "soft⟦SHY U+00AD⟧hyphen"],
    ["tag\u{E0041}", "tag⟦TAG U+E0041⟧"],
    ["\u{1F600}\u202E", "\u{1F600}⟦RLO U+202E⟧"],
  ])("shows %j as %j", (input, shown) => {
    expect(revealHiddenChars(input).text).toBe(shown);
  });

  it("leaves ordinary text, other scripts, emoji and emoji sequences unchanged", () => {
    for (const text of [
      "Grant: 1,000 tUSD",
      "Ελληνικά עברית العربية 日本語",
      "❤️ 👩‍💻 👍🏽",
      "tab\tand\nnewline",
    ]) {
      expect(revealHiddenChars(text)).toEqual({ text, hidden: [] });
    }
  });

  it("reports where each hidden character was, in UTF-16 offsets of the original", () => {
    expect(findHiddenChars("\u{1F600}x\u202Ey")).toEqual([{ index: 3, codePoint: 0x202e, name: "RLO" }]);
  });

  it("flags a ZWJ that does not join two emoji", () => {
    expect(findHiddenChars("a\u200D👍").map((c) => c.name)).toEqual(["ZWJ"]);
  });

  it("builds markers from the name and the code point", () => {
    expect(hiddenCharMarker({ name: "LRO", codePoint: 0x202d })).toBe("⟦LRO U+202D⟧");
  });
});
