/** The CBOR metadata solc (and vyper) append to runtime code: its length and the fields Plenum can name. */
export type CodeMetadata = {
  /** Bytes at the end of the code that are metadata, including the 2-byte length suffix. */
  length: number;
  /** Compiler version from the `solc` field, e.g. "0.8.37"; null when absent. */
  solc: string | null;
  /** Which source hash the compiler recorded (`ipfs`, `bzzr0`, `bzzr1`), if any. */
  sourceHash: "ipfs" | "bzzr0" | "bzzr1" | null;
};

type Cursor = { bytes: Uint8Array; at: number; end: number };

/** Reads one CBOR head (major type and argument); null when it runs past the end. */
function head(c: Cursor): { major: number; arg: number } | null {
  const first = c.bytes[c.at];
  if (first === undefined || c.at >= c.end) return null;
  c.at += 1;
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, arg: info };
  const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
  if (width === 0 || c.at + width > c.end) return null;
  let arg = 0;
  for (let i = 0; i < width; i++) arg = arg * 256 + (c.bytes[c.at + i] ?? 0);
  c.at += width;
  return { major, arg };
}

/** Parses a CBOR map of text keys to byte strings, text or simple values; null if it is anything else. */
function parseMap(c: Cursor): Map<string, Uint8Array | string | boolean> | null {
  const map = head(c);
  if (map?.major !== 5 || map.arg === 0 || map.arg > 8) return null;
  const out = new Map<string, Uint8Array | string | boolean>();
  for (let i = 0; i < map.arg; i++) {
    const key = head(c);
    if (key?.major !== 3 || c.at + key.arg > c.end) return null;
    const name = new TextDecoder().decode(c.bytes.subarray(c.at, c.at + key.arg));
    c.at += key.arg;
    const value = head(c);
    if (!value) return null;
    if (value.major === 2 || value.major === 3) {
      if (c.at + value.arg > c.end) return null;
      const raw = c.bytes.subarray(c.at, c.at + value.arg);
      c.at += value.arg;
      out.set(name, value.major === 2 ? raw : new TextDecoder().decode(raw));
    } else if (value.major === 7 && (value.arg === 20 || value.arg === 21)) {
      out.set(name, value.arg === 21);
    } else return null;
  }
  return c.at === c.end ? out : null;
}

/**
 * Finds the metadata tail: the last two bytes give its length, and those bytes must parse as exactly one
 * CBOR map with text keys. Anything else (no metadata, or code that merely ends in two bytes) returns null.
 */
export function readCodeMetadata(code: Uint8Array): CodeMetadata | null {
  if (code.length < 4) return null;
  const len = ((code[code.length - 2] ?? 0) << 8) | (code[code.length - 1] ?? 0);
  const start = code.length - 2 - len;
  if (len === 0 || start < 0) return null;
  const fields = parseMap({ bytes: code, at: start, end: code.length - 2 });
  if (!fields) return null;
  const solc = fields.get("solc");
  const version =
    solc instanceof Uint8Array && solc.length === 3
      ? Array.from(solc).join(".")
      : typeof solc === "string"
        ? solc
        : null;
  const sourceHash = (["ipfs", "bzzr1", "bzzr0"] as const).find((k) => fields.has(k)) ?? null;
  return { length: len + 2, solc: version, sourceHash };
}
