/** How far apart a time axis's ticks are: a fixed number of ms, or whole calendar months. */
type Step = { kind: "ms"; size: number } | { kind: "day"; size: number } | { kind: "month"; size: number };

/** The size of the unit a time axis ticks in, which decides how its ticks read. */
export type TimeUnit = "second" | "minute" | "hour" | "day" | "month" | "year";

/** A time axis for ms timestamps: its domain, its ticks and their labels, in one locale and time zone. */
export type TimeAxis = {
  domain: [number, number];
  ticks: number[];
  labels: string[];
  unit: TimeUnit;
  /** Whether a point's own date should carry its time of day (the data spans under a few days). */
  withTime: boolean;
  /** The label of a tick (any other value gets a plain date). */
  tickFormatter: (ms: number) => string;
};

/** Where to read wall-clock time: `undefined` is the user's locale and zone. */
export type TimeAxisOptions = { locale?: string; timeZone?: string; maxTicks?: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Candidate steps, smallest first; the first whose ticks fit is taken.
const STEPS: readonly Step[] = [
  ...[1, 2, 5, 10, 15, 30].map((s) => ({ kind: "ms" as const, size: s * SECOND })),
  ...[1, 2, 5, 10, 15, 30].map((m) => ({ kind: "ms" as const, size: m * MINUTE })),
  ...[1, 2, 3, 6, 12].map((h) => ({ kind: "ms" as const, size: h * HOUR })),
  ...[1, 2, 7, 14].map((d) => ({ kind: "day" as const, size: d })),
  ...[1, 2, 3, 6, 12, 24, 60, 120].map((m) => ({ kind: "month" as const, size: m })),
];

const partsFormat = new Map<string, Intl.DateTimeFormat>();
/** The wall clock of `ms` in `timeZone`, as if it were UTC (so calendar maths can use Date.UTC). */
function wallOf(ms: number, timeZone: string | undefined): number {
  const key = timeZone ?? "";
  let f = partsFormat.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormat.set(key, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall + (ms % SECOND);
}

/** The instant whose wall clock in `timeZone` is `wall` (two passes settle daylight-saving shifts). */
function instantOf(wall: number, timeZone: string | undefined): number {
  const guess = wall - (wallOf(wall, timeZone) - wall);
  return wall - (wallOf(guess, timeZone) - guess);
}

/** Wall-clock tick positions of `step` from `lo` to `hi` (both wall times). */
function wallTicks(lo: number, hi: number, step: Step, limit: number): number[] {
  const out: number[] = [];
  if (step.kind === "ms") {
    for (let w = Math.ceil(lo / step.size) * step.size; w <= hi && out.length <= limit; w += step.size)
      out.push(w);
    return out;
  }
  if (step.kind === "day") {
    // Days counted from the epoch so a week's ticks do not move as the data grows.
    const first = Math.ceil(lo / DAY);
    for (
      let d = Math.ceil(first / step.size) * step.size;
      d * DAY <= hi && out.length <= limit;
      d += step.size
    )
      out.push(d * DAY);
    return out;
  }
  const start = new Date(lo);
  let months = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (Date.UTC(Math.floor(months / 12), months % 12, 1) < lo) months += 1;
  months = Math.ceil(months / step.size) * step.size;
  for (; out.length <= limit; months += step.size) {
    const w = Date.UTC(Math.floor(months / 12), months % 12, 1);
    if (w > hi) break;
    out.push(w);
  }
  return out;
}

const unitOf = (step: Step): TimeUnit =>
  step.kind === "ms"
    ? step.size < MINUTE
      ? "second"
      : step.size < HOUR
        ? "minute"
        : "hour"
    : step.kind === "day"
      ? "day"
      : step.size % 12 === 0
        ? "year"
        : "month";

/**
 * A readable time axis for timestamps (ms) spanning anything from one instant to years: ticks on round
 * wall-clock times of the chosen zone (seconds, minutes, hours, days, months or years, whichever gives at most
 * `maxTicks`), labelled in the locale, with the day or year added where it changes. A single instant gets a
 * one-hour domain around it and one tick with its date, so it is drawn as a point rather than a line.
 */
export function timeAxis(times: readonly number[], options: TimeAxisOptions = {}): TimeAxis {
  const { locale, timeZone, maxTicks = 5 } = options;
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...o });
  const fullDate = fmt({ year: "numeric", month: "short", day: "numeric" });
  const finite = times.filter((t) => Number.isFinite(t));
  if (finite.length === 0) {
    return {
      domain: [0, 1],
      ticks: [],
      labels: [],
      unit: "day",
      withTime: false,
      tickFormatter: fullDate.format,
    };
  }
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min;
  if (span === 0) {
    const label = fullDate.format(min);
    return {
      domain: [min - 30 * MINUTE, max + 30 * MINUTE],
      ticks: [min],
      labels: [label],
      unit: "day",
      withTime: true,
      tickFormatter: (ms) => (ms === min ? label : fullDate.format(ms)),
    };
  }
  const lo = wallOf(min, timeZone);
  const hi = wallOf(max, timeZone);
  let step: Step = STEPS[STEPS.length - 1] ?? { kind: "month", size: 120 };
  let walls: number[] = [];
  for (const s of STEPS) {
    const w = wallTicks(lo, hi, s, maxTicks);
    if (w.length <= maxTicks) {
      step = s;
      walls = w;
      break;
    }
  }
  const unit = unitOf(step);
  const labels = labelTicks(walls, unit, locale);
  const ticks = walls.map((w) => instantOf(w, timeZone));
  const byTick = new Map(ticks.map((t, i) => [t, labels[i] ?? ""]));
  return {
    domain: [min, max],
    ticks,
    labels,
    unit,
    withTime: span < 3 * DAY,
    tickFormatter: (ms) => byTick.get(ms) ?? fullDate.format(ms),
  };
}

/** Labels for wall-clock ticks (formatted as UTC, since they already are the zone's wall time). */
function labelTicks(walls: readonly number[], unit: TimeUnit, locale: string | undefined): string[] {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...o });
  const clock = f(
    unit === "second"
      ? { hour: "numeric", minute: "2-digit", second: "2-digit" }
      : { hour: "numeric", minute: "2-digit" },
  );
  const dayClock = f({ month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
  const day = f({ month: "short", day: "numeric" });
  const dayYear = f({ month: "short", day: "numeric", year: "numeric" });
  const month = f({ month: "short" });
  const monthYear = f({ month: "short", year: "numeric" });
  const year = f({ year: "numeric" });
  return walls.map((w, i) => {
    const prev = walls[i - 1];
    const d = new Date(w);
    const p = prev === undefined ? undefined : new Date(prev);
    const newDay = !p || p.getUTCDate() !== d.getUTCDate() || p.getUTCMonth() !== d.getUTCMonth();
    const newYear = !p || p.getUTCFullYear() !== d.getUTCFullYear();
    if (unit === "second") return newDay && !p ? `${day.format(w)}, ${clock.format(w)}` : clock.format(w);
    if (unit === "minute" || unit === "hour") return newDay ? dayClock.format(w) : clock.format(w);
    if (unit === "day") return newYear ? dayYear.format(w) : day.format(w);
    if (unit === "month") return newYear ? monthYear.format(w) : month.format(w);
    return year.format(w);
  });
}
