import { describe, expect, it } from "vitest";
import { compoundLifecycle } from "./lifecycle";

const DAY = 86_400;
const eta = 1_800_000_000n; // 2027-01-15 08:00 UTC
const GRACE = BigInt(14 * DAY);

describe("compoundLifecycle", () => {
  it("Succeeded: queue(id), and cancel (its revert is simulated by the page)", () => {
    const l = compoundLifecycle({ state: "Succeeded", eta: 0n }, GRACE, 0);
    expect(l.actions).toEqual([
      { action: "queue", why: null },
      { action: "cancel", why: null },
    ]);
    expect(l.when).toBeNull();
  });

  it("Queued before eta: execute disabled with the time left, and the window from eta to eta + grace", () => {
    const l = compoundLifecycle({ state: "Queued", eta }, GRACE, Number(eta) - (DAY + 3600));
    expect(l.actions[0]).toEqual({
      action: "execute",
      why: "Executable from 2027-01-15 08:00 UTC (in 1 day 1 h).",
    });
    expect(l.when).toBe(
      "Queued, executable from 2027-01-15 08:00 UTC until 2027-01-29 08:00 UTC: then the timelock's grace period of 14 days (GRACE_PERIOD()).",
    );
  });

  it("Queued from eta to eta + grace: execute enabled; after the grace period: refused as stale", () => {
    expect(compoundLifecycle({ state: "Queued", eta }, GRACE, Number(eta)).actions[0]?.why).toBeNull();
    const late = compoundLifecycle({ state: "Queued", eta }, GRACE, Number(eta + GRACE));
    expect(late.actions[0]?.why).toMatch(/grace period ended at 2027-01-29 08:00 UTC/);
  });

  it("a grace period that could not be read is said, never assumed", () => {
    const l = compoundLifecycle({ state: "Queued", eta }, null, Number(eta) + 30 * DAY);
    expect(l.actions[0]?.why).toBeNull();
    expect(l.when).toMatch(/GRACE_PERIOD\(\) could not be read/);
  });

  it("Expired: no action, and when the window closed", () => {
    const l = compoundLifecycle({ state: "Expired", eta }, GRACE, Number(eta) + 20 * DAY);
    expect(l.actions).toEqual([]);
    expect(l.when).toBe(
      "Expired: not executed between its eta 2027-01-15 08:00 UTC and 2027-01-29 08:00 UTC (eta + GRACE_PERIOD() of 14 days).",
    );
  });

  it.each(["Executed", "Canceled", "Defeated"] as const)("%s: nothing to do", (state) => {
    expect(compoundLifecycle({ state, eta }, GRACE, 0).actions).toEqual([]);
  });
});
