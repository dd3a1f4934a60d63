/** Vote types a Governor's COUNTING_MODE can name. */
export type SupportKind = "for" | "against" | "abstain";

/** A parsed COUNTING_MODE() string (e.g. "support=bravo&quorum=for,abstain"). */
export type CountingMode = {
  raw: string;
  /** "bravo" means For / Against / Abstain (GovernorCountingSimple); anything else is shown as named. */
  support: string;
  /** Which supports count toward quorum. */
  quorum: SupportKind[];
  /** Extra flags such as "params=fractional". */
  params: string | null;
};

const KINDS: readonly SupportKind[] = ["for", "against", "abstain"];

/** Parses COUNTING_MODE(); unknown keys are kept in `raw`, an empty quorum list falls back to For only. */
export function parseCountingMode(raw: string): CountingMode {
  const pairs = new URLSearchParams(raw);
  const quorum = (pairs.get("quorum") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is SupportKind => (KINDS as readonly string[]).includes(s));
  return {
    raw,
    support: pairs.get("support") ?? "unknown",
    quorum: quorum.length > 0 ? quorum : ["for"],
    params: pairs.get("params"),
  };
}
