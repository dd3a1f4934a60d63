/** A quorum fraction as a percent string with up to two decimals: 4/100 -> "4%", 15/1000 -> "1.5%". */
export function quorumPercent(numerator: bigint, denominator: bigint): string {
  if (denominator <= 0n) return "—";
  const hundredths = (numerator * 10_000n) / denominator;
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${frac ? `.${frac}` : ""}%`;
}

/** How votes count (COUNTING_MODE): which choices exist, which count toward quorum, how params are read.
 * `support` is the raw list ("bravo", "bravo,fractional", "bravo,override"); `quorum` the supports that count
 * toward quorum, "bravo" already expanded to For only (Compound's rule). */
export type CountingMode = { support: string; quorum: string[]; params: string | null };

/** Parses COUNTING_MODE() such as "support=bravo&quorum=for,abstain"; null when missing or odd. */
export function parseCountingMode(raw: string | null | undefined): CountingMode | null {
  if (!raw) return null;
  const q = new URLSearchParams(raw);
  const support = q.get("support")?.trim().toLowerCase();
  if (!support) return null;
  const quorum = (q.get("quorum") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    // GovernorCompatibilityBravo's "quorum=bravo": only For votes count toward quorumVotes.
    .flatMap((s) => (s === "bravo" ? ["for"] : [s]));
  return { support, quorum: [...new Set(quorum)], params: q.get("params") };
}

/** The support kinds a mode names: "bravo,fractional" -> ["bravo", "fractional"]. */
export function supportKinds(mode: CountingMode | null): string[] {
  return (mode?.support ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether voters may split their weight (GovernorCountingFractional: support 255 with packed params). */
export function isFractional(mode: CountingMode | null): boolean {
  return mode?.params === "fractional" || supportKinds(mode).includes("fractional");
}

/** The counting mode in words: "For, Against, Abstain; quorum counts For + Abstain". */
export function describeCountingMode(mode: CountingMode | null): string {
  if (!mode) return "Unknown";
  const kinds = supportKinds(mode);
  const extras = kinds.filter((k) => k !== "bravo");
  const words: Record<string, string> = {
    fractional: "or a split of one's votes over the three (fractional, possibly in several votes)",
    override: "delegators may override their delegate's vote",
  };
  const choices = kinds.includes("bravo")
    ? ["For, Against, Abstain", ...extras.map((k) => words[k] ?? k)].join(", ")
    : mode.support;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const quorum = mode.quorum.length > 0 ? `; quorum counts ${mode.quorum.map(cap).join(" + ")}` : "";
  return `${choices}${quorum}`;
}
