/** A quorum fraction as a percent string with up to two decimals: 4/100 -> "4%", 15/1000 -> "1.5%". */
export function quorumPercent(numerator: bigint, denominator: bigint): string {
  if (denominator <= 0n) return "—";
  const hundredths = (numerator * 10_000n) / denominator;
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${frac ? `.${frac}` : ""}%`;
}

/** How votes count (COUNTING_MODE): which choices exist and which count toward quorum. */
export type CountingMode = { support: string; quorum: string[]; params: string | null };

/** Parses COUNTING_MODE() such as "support=bravo&quorum=for,abstain"; null when missing or odd. */
export function parseCountingMode(raw: string | null | undefined): CountingMode | null {
  if (!raw) return null;
  const q = new URLSearchParams(raw);
  const support = q.get("support");
  if (!support) return null;
  const quorum = (q.get("quorum") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return { support, quorum, params: q.get("params") };
}

/** The counting mode in words: "For, Against, Abstain; quorum counts For + Abstain". */
export function describeCountingMode(mode: CountingMode | null): string {
  if (!mode) return "Unknown";
  const choices = mode.support === "bravo" ? "For, Against, Abstain" : mode.support;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const quorum = mode.quorum.length > 0 ? `; quorum counts ${mode.quorum.map(cap).join(" + ")}` : "";
  return `${choices}${quorum}`;
}
