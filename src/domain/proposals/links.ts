/** A link from a proposal description that is safe to show, with the host a person will actually reach. */
export type SafeLink = { href: string; host: string; kind: "web" | "mail" };

/** Accepts only http(s) and mailto URLs; everything else (javascript:, data:, relative paths) returns null. */
export function safeLink(raw: string): SafeLink | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol === "mailto:")
    return { href: url.href, host: url.pathname.split("@")[1] ?? "", kind: "mail" };
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  return { href: url.href, host: url.host, kind: "web" };
}
