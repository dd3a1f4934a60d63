/** `?at=<block>` on analytics pages: the page shows everything as it stood at that block. */
export type AtSearch = { at?: number };

/** Result of reading `?at=`: a block number, nothing asked, or a value the page must name as invalid. */
export type AtBlock = { kind: "head" } | { kind: "block"; block: number } | { kind: "invalid"; raw: string };

/** Parses the raw `at` search value (a decimal block number; "latest" or empty means the head). */
export function parseAtBlock(raw: unknown): AtBlock {
  if (raw === undefined || raw === null || raw === "" || raw === "latest") return { kind: "head" };
  const text = String(raw).trim().replace(/[_,]/g, "");
  if (!/^\d{1,15}$/.test(text)) return { kind: "invalid", raw: String(raw) };
  return { kind: "block", block: Number(text) };
}

/** validateSearch for routes that take `?at=`: keeps the raw value so the page can explain a bad one. */
export function validateAtSearch(search: Record<string, unknown>): { at?: string } {
  const at = search.at;
  return at === undefined || at === null ? {} : { at: String(at) };
}
