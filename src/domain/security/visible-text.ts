/** One character a reader cannot see (or that reorders what they see), where it was, and its short name. */
export type HiddenChar = { index: number; codePoint: number; name: string };

/** A text with every hidden character replaced by a visible marker, and the list of what was replaced. */
export type RevealedText = { text: string; hidden: HiddenChar[] };

// Direction controls reorder the characters after them (a "Transfer 0001 ot 0009" attack); the rest render as
// nothing. Names are the Unicode abbreviations, which is what a reader can look up.
const NAMES: Record<number, string> = {
  8203: "ZWSP",
  8204: "ZWNJ",
  8205: "ZWJ",
  8206: "LRM",
  8207: "RLM",
  8234: "LRE",
  8235: "RLE",
  8236: "PDF",
  8237: "LRO",
  8238: "RLO",
  8288: "WJ",
  8289: "FUNCTION APPLICATION",
  8290: "INVISIBLE TIMES",
  8291: "INVISIBLE SEPARATOR",
  8292: "INVISIBLE PLUS",
  8294: "LRI",
  8295: "RLI",
  8296: "FSI",
  8297: "PDI",
  1564: "ALM",
  173: "SHY",
  847: "CGJ",
  4447: "HANGUL CHOSEONG FILLER",
  4448: "HANGUL JUNGSEONG FILLER",
  6068: "KHMER VOWEL INHERENT AQ",
  6069: "KHMER VOWEL INHERENT AA",
  6158: "MVS",
  12644: "HANGUL FILLER",
  65279: "BOM",
  65440: "HALFWIDTH HANGUL FILLER",
};

function nameOf(cp: number): string | null {
  const known = NAMES[cp];
  if (known) return known;
  // C0/C1 controls other than tab and newline, variation selectors and Unicode tag characters (used to smuggle
  // hidden ASCII) are invisible too.
  if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f)) return "CONTROL";
  // U+FE00–FE0F are left alone: every emoji presentation (❤️) uses U+FE0F.
  if (cp >= 0xe0100 && cp <= 0xe01ef) return "VARIATION SELECTOR";
  if (cp >= 0xe0000 && cp <= 0xe007f) return "TAG";
  return null;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/** The visible marker a hidden character is replaced with, e.g. `⟦RLO U+202E⟧`. */
export function hiddenCharMarker(c: Pick<HiddenChar, "codePoint" | "name">): string {
  return `⟦${c.name} ${hex(c.codePoint)}⟧`;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Lists the hidden characters of a text (direction controls, zero-width characters, controls, tags). */
export function findHiddenChars(text: string): HiddenChar[] {
  const chars = Array.from(text);
  const found: HiddenChar[] = [];
  let index = 0;
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    const name = nameOf(cp);
    // A ZWJ between two pictographs joins an emoji sequence (👩‍💻): visible as one emoji, so not hidden.
    const emojiJoin =
      cp === 0x200d && PICTOGRAPHIC.test(chars[i - 1] ?? "") && PICTOGRAPHIC.test(chars[i + 1] ?? "");
    if (name && !emojiJoin) found.push({ index, codePoint: cp, name });
    index += ch.length;
  });
  return found;
}

/**
 * Replaces each hidden character with a visible marker, so a title shows exactly what it contains and no
 * direction override can reorder what follows it. Text without hidden characters comes back unchanged.
 */
export function revealHiddenChars(text: string): RevealedText {
  const hidden = findHiddenChars(text);
  if (hidden.length === 0) return { text, hidden };
  let out = "";
  let from = 0;
  for (const c of hidden) {
    out += text.slice(from, c.index) + hiddenCharMarker(c);
    from = c.index + String.fromCodePoint(c.codePoint).length;
  }
  return { text: out + text.slice(from), hidden };
}
