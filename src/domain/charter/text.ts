import { type Hex, keccak256, sha256, stringToBytes } from "viem";

/** Where a principle's text lives, as the page treats it. */
export type TextSource =
  | { kind: "inline"; mediaType: string; text: string }
  | { kind: "remote"; url: string; host: string }
  | { kind: "unsupported"; reason: string };

/** Inline texts above this are not decoded (a hostile URI could be megabytes). */
export const MAX_TEXT_CHARS = 100_000;
const ZERO_HASH = `0x${"0".repeat(64)}`;

/** Decodes a `data:` URI (percent-encoded or base64) to text; null when it is malformed. */
export function decodeDataUri(uri: string): { mediaType: string; text: string } | null {
  const match = /^data:([^,]*),(.*)$/s.exec(uri);
  if (!match) return null;
  const meta = (match[1] ?? "").split(";");
  const body = match[2] ?? "";
  const base64 = meta.includes("base64");
  const mediaType = meta[0] || "text/plain";
  try {
    if (!base64) return { mediaType, text: decodeURIComponent(body) };
    const binary = atob(body);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { mediaType, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return null;
  }
}

/** Classifies a principle's URI: inline text is decoded now, http(s) is fetched only when asked. */
export function textSourceOf(uri: string): TextSource {
  const trimmed = uri.trim();
  if (trimmed === "") return { kind: "unsupported", reason: "No text URI was recorded." };
  if (/^data:/i.test(trimmed)) {
    if (trimmed.length > MAX_TEXT_CHARS * 3)
      return { kind: "unsupported", reason: "The inline text is too long to show." };
    const d = decodeDataUri(trimmed);
    return d
      ? { kind: "inline", ...d }
      : { kind: "unsupported", reason: "The inline data: URI is malformed." };
  }
  try {
    const url = new URL(trimmed);
    if (url.protocol === "https:" || url.protocol === "http:")
      return { kind: "remote", url: url.href, host: url.host };
    return {
      kind: "unsupported",
      reason: `${url.protocol.replace(/:$/, "")}: links need a gateway this app does not use.`,
    };
  } catch {
    return { kind: "unsupported", reason: "The URI is not a valid address." };
  }
}

/** The result of checking a text against the recorded content hash. */
export type HashCheck =
  | { kind: "matches"; algorithm: "keccak256" | "sha256" }
  | { kind: "does-not-match" }
  | { kind: "no-hash" };

/** Compares the text's keccak256 (what the devnet and the builder record) and sha256 of its UTF-8 bytes. */
export function checkContentHash(text: string, contentHash: Hex): HashCheck {
  const recorded = contentHash.toLowerCase();
  if (recorded === ZERO_HASH) return { kind: "no-hash" };
  const bytes = stringToBytes(text);
  if (keccak256(bytes) === recorded) return { kind: "matches", algorithm: "keccak256" };
  if (sha256(bytes) === recorded) return { kind: "matches", algorithm: "sha256" };
  return { kind: "does-not-match" };
}
