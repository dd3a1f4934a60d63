/** How a governor measures time (ERC-6372): block numbers or unix timestamps. */
export type ClockMode = { kind: "blocknumber" } | { kind: "timestamp" };

/** Parses CLOCK_MODE() ("mode=blocknumber&from=default", "mode=timestamp"); governors without it count blocks. */
export function parseClockMode(raw: string | null | undefined): ClockMode {
  if (!raw) return { kind: "blocknumber" };
  const mode = new URLSearchParams(raw).get("mode");
  return mode === "timestamp" ? { kind: "timestamp" } : { kind: "blocknumber" };
}

const units = [
  { seconds: 86_400, one: "day", many: "days" },
  { seconds: 3_600, one: "h", many: "h" },
  { seconds: 60, one: "min", many: "min" },
  { seconds: 1, one: "s", many: "s" },
] as const;

/** A span of seconds in at most two units, largest first: "1 day", "2 days 3 h", "1 h 30 min", "45 s". */
export function humanSeconds(totalSeconds: number): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  if (rest === 0) return "0 s";
  const parts: string[] = [];
  for (const unit of units) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / unit.seconds);
    if (n > 0) {
      parts.push(`${n} ${n === 1 ? unit.one : unit.many}`);
      rest -= n * unit.seconds;
    } else if (parts.length === 1) break;
  }
  return parts.join(" ");
}

/** A governor duration in its own unit: "300 blocks (~1 h)" on a block clock, "1 day" on a timestamp clock. */
export function describeDuration(amount: bigint, clock: ClockMode, blockSeconds: number): string {
  if (clock.kind === "timestamp") return humanSeconds(Number(amount));
  const blocks = `${amount.toLocaleString("en-US")} ${amount === 1n ? "block" : "blocks"}`;
  if (amount === 0n) return blocks;
  return `${blocks} (~${humanSeconds(Number(amount) * blockSeconds)})`;
}

/** What the clock's unit is called, for labels. */
export function clockUnitLabel(clock: ClockMode): string {
  return clock.kind === "timestamp" ? "timestamp (seconds)" : "block number";
}
