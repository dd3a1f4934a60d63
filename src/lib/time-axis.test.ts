import { describe, expect, it } from "vitest";
import { timeAxis } from "./time-axis";

const T0 = Date.UTC(2026, 0, 15, 9, 3, 20);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const axisOf = (span: number, timeZone = "UTC", locale = "en-US") =>
  timeAxis([T0, T0 + span / 2, T0 + span], { locale, timeZone });

describe("timeAxis", () => {
  it("draws one instant as a point with its date: one tick inside a one-hour domain", () => {
    const a = axisOf(0);
    expect(a.domain).toEqual([T0 - 30 * MIN, T0 + 30 * MIN]);
    expect(a.ticks).toEqual([T0]);
    expect(a.labels).toEqual(["Jan 15, 2026"]);
    expect(a.withTime).toBe(true);
  });

  it("ticks a 10-minute history every 2 minutes, the first with its day", () => {
    const a = axisOf(10 * MIN);
    expect(a.domain).toEqual([T0, T0 + 10 * MIN]);
    expect(a.unit).toBe("minute");
    expect(a.ticks.map(iso)).toEqual([
      "2026-01-15T09:04:00.000Z",
      "2026-01-15T09:06:00.000Z",
      "2026-01-15T09:08:00.000Z",
      "2026-01-15T09:10:00.000Z",
      "2026-01-15T09:12:00.000Z",
    ]);
    expect(a.labels).toEqual(["Jan 15, 9:04 AM", "9:06 AM", "9:08 AM", "9:10 AM", "9:12 AM"]);
  });

  it("puts ticks on the zone's round hours (a half-hour offset zone) over 6 hours", () => {
    const a = axisOf(6 * HOUR, "Asia/Kolkata");
    expect(a.unit).toBe("hour");
    expect(a.ticks.map(iso)).toEqual([
      "2026-01-15T10:30:00.000Z",
      "2026-01-15T12:30:00.000Z",
      "2026-01-15T14:30:00.000Z",
    ]);
    expect(a.labels).toEqual(["Jan 15, 4:00 PM", "6:00 PM", "8:00 PM"]);
    expect(a.withTime).toBe(true);
  });

  it("ticks 3 days at the zone's midnights, the first with its year", () => {
    const a = axisOf(3 * DAY, "America/New_York");
    expect(a.unit).toBe("day");
    expect(a.ticks.map(iso)).toEqual([
      "2026-01-16T05:00:00.000Z",
      "2026-01-17T05:00:00.000Z",
      "2026-01-18T05:00:00.000Z",
    ]);
    expect(a.labels).toEqual(["Jan 16, 2026", "Jan 17", "Jan 18"]);
    expect(a.withTime).toBe(false);
  });

  it("ticks 2 months every other week, across a daylight-saving change", () => {
    const a = axisOf(61 * DAY, "America/New_York");
    expect(a.ticks.map(iso)).toEqual([
      "2026-01-29T05:00:00.000Z",
      "2026-02-12T05:00:00.000Z",
      "2026-02-26T05:00:00.000Z",
      "2026-03-12T04:00:00.000Z",
    ]);
    expect(a.labels).toEqual(["Jan 29, 2026", "Feb 12", "Feb 26", "Mar 12"]);
  });

  it("ticks 4 years on New Year's days", () => {
    const a = axisOf(4 * 365 * DAY + DAY);
    expect(a.unit).toBe("year");
    expect(a.ticks.map(iso)).toEqual([
      "2027-01-01T00:00:00.000Z",
      "2028-01-01T00:00:00.000Z",
      "2029-01-01T00:00:00.000Z",
      "2030-01-01T00:00:00.000Z",
    ]);
    expect(a.labels).toEqual(["2027", "2028", "2029", "2030"]);
  });

  it("ticks 8 months by month, the year where it changes", () => {
    const a = timeAxis([Date.UTC(2025, 9, 10), Date.UTC(2026, 4, 20)], { locale: "en-US", timeZone: "UTC" });
    expect(a.unit).toBe("month");
    expect(a.labels).toEqual(["Nov 2025", "Jan 2026", "Mar", "May"]);
  });

  it("labels in the given locale", () => {
    expect(axisOf(10 * MIN, "Europe/Berlin", "de-DE").labels[0]).toBe("15. Jan., 10:04");
    expect(axisOf(4 * 365 * DAY + DAY, "UTC", "de-DE").tickFormatter(Date.UTC(2028, 0, 1))).toBe("2028");
  });

  it("never gives more ticks than asked, whatever the span", () => {
    for (const span of [1000, 7 * MIN, 5 * HOUR, 9 * DAY, 400 * DAY, 30 * 365 * DAY]) {
      const a = timeAxis([T0, T0 + span], { maxTicks: 4, timeZone: "UTC" });
      expect(a.ticks.length).toBeGreaterThanOrEqual(1);
      expect(a.ticks.length).toBeLessThanOrEqual(4);
      for (const t of a.ticks) expect(t >= a.domain[0] && t <= a.domain[1]).toBe(true);
    }
  });

  it("has no ticks and a harmless domain when there is no data", () => {
    const a = timeAxis([]);
    expect(a.ticks).toEqual([]);
    expect(a.domain[1]).toBeGreaterThan(a.domain[0]);
  });
});
