import { describe, expect, it } from "vitest";
import { createRangeSizer } from "./range-sizer";

describe("range sizer", () => {
  it("lets only one request try an unproven size; the others wait", () => {
    const s = createRangeSizer({ initial: 10_000 });
    const probe = s.take();
    expect(probe).toEqual({ size: 10_000, probe: true });
    expect(s.take()).toBeNull();
    if (probe) s.success(probe, 10_000);
    expect(s.take()).toEqual({ size: 20_000, probe: true });
    expect(s.take()).toEqual({ size: 10_000, probe: false });
  });

  it("learns a provider's block cap from its hint and never grows past it", () => {
    const s = createRangeSizer({ initial: 10_000 });
    const g = s.take();
    if (g) s.failure(g, 10_000, 2_000, false);
    for (let i = 0; i < 40; i++) {
      const next = s.take();
      if (next) s.success(next, next.size);
    }
    expect(s.current().size).toBe(2_000);
  });

  it("shrinks for a dense region and grows back after successes", () => {
    const s = createRangeSizer({ initial: 8_000 });
    const g = s.take();
    if (g) s.success(g, 8_000);
    const h = s.take();
    if (h) s.failure(h, h.size, 1_000, true);
    expect(s.current().size).toBe(1_000);
    for (let i = 0; i < 3; i++) {
      const next = s.take();
      if (next) s.success(next, next.size);
    }
    expect(s.current().size).toBe(8_000);
  });
});
