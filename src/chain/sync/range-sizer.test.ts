import { describe, expect, it } from "vitest";
import { createRangeSizer } from "./range-sizer";

const noHint = { suggested: null, resultCap: false, resultLimit: null };

describe("range sizer", () => {
  it("lets only one request try an unproven size; the others wait", () => {
    const s = createRangeSizer({ initial: 10_000 });
    const probe = s.take();
    expect(probe).toEqual({ size: 10_000, probe: true });
    expect(s.take()).toBeNull();
    if (probe) s.success(probe, 10_000, 5);
    expect(s.take()).toEqual({ size: 20_000, probe: true });
    expect(s.take()).toEqual({ size: 10_000, probe: false });
  });

  it("learns a provider's block cap from its hint and never grows past it", () => {
    const s = createRangeSizer({ initial: 10_000 });
    const g = s.take();
    if (g) s.failure(g, 10_000, { ...noHint, suggested: 2_000 });
    for (let i = 0; i < 40; i++) {
      const next = s.take();
      if (next) s.success(next, next.size, 10);
    }
    expect(s.current().size).toBe(2_000);
  });

  it("halves on a range error without a hint", () => {
    const s = createRangeSizer({ initial: 8_000 });
    const g = s.take();
    if (g) s.failure(g, 8_000, noHint);
    expect(s.current()).toMatchObject({ size: 4_000, cap: 4_000 });
  });

  it("sizes by density after a result-count error, and jumps back once blocks are sparse", () => {
    const s = createRangeSizer({ initial: 1_000 });
    const g = s.take();
    if (g) s.success(g, 1_000, 10);
    const h = s.take();
    if (h) s.failure(h, h.size, { suggested: 100, resultCap: true, resultLimit: 1_000 });
    expect(s.current().size).toBe(100);
    s.success({ size: 100, probe: false }, 100, 1_000); // still dense: 10 logs a block
    expect(s.current().size).toBe(90);
    s.success({ size: 90, probe: false }, 90, 9); // sparse again
    expect(s.current().size).toBe(9_000);
  });
});
