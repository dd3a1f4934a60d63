/** What a URI argument (a charter principle's text) means to a reader. */
export type UriView =
  | { kind: "text"; mediaType: string; text: string }
  | { kind: "link"; scheme: string; host: string }
  | { kind: "raw" };

const MAX_TEXT = 4_000;

/**
 * Decodes a `data:` URI's text (percent-encoded or base64) or names a link's host; anything else stays raw.
 * The text is returned as plain text for the caller to show escaped, never as HTML.
 */
export function viewUri(uri: string): UriView {
  const data = /^data:([^,]*?),(.*)$/s.exec(uri);
  if (data) {
    const meta = data[1] ?? "";
    const body = data[2] ?? "";
    const mediaType = meta.split(";")[0] || "text/plain";
    if (!/^text\//.test(mediaType)) return { kind: "raw" };
    try {
      const text = meta.split(";").includes("base64")
        ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
        : decodeURIComponent(body);
      return { kind: "text", mediaType, text: text.slice(0, MAX_TEXT) };
    } catch {
      return { kind: "raw" };
    }
  }
  try {
    const url = new URL(uri);
    if (url.protocol === "ipfs:" || url.protocol === "ar:")
      return { kind: "link", scheme: url.protocol.slice(0, -1), host: url.host || url.pathname.slice(2, 14) };
    if (url.protocol === "https:" || url.protocol === "http:")
      return { kind: "link", scheme: url.protocol.slice(0, -1), host: url.host };
  } catch {
    // Not a URL at all.
  }
  return { kind: "raw" };
}
