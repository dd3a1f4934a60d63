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

  it("sizes by density after a result-count error, and grows fast once blocks are sparse", () => {
    const s = createRangeSizer({ initial: 1_000 });
    const g = s.take();
    if (g) s.success(g, 1_000, 10);
    const h = s.take();
    if (h) s.failure(h, h.size, { suggested: 100, resultCap: true, resultLimit: 1_000 });
    expect(s.current().size).toBe(100);
    s.success({ size: 100, probe: false }, 100, 1_000); // still dense: 10 logs a block
    expect(s.current().size).toBe(90);
    s.success({ size: 90, probe: false }, 90, 9); // sparse again: grow fourfold, not by a noisy estimate
    expect(s.current().size).toBe(360);
  });

  it("does not re-probe a span refused only for its result count", () => {
    const s = createRangeSizer({ initial: 1_000 });
    const g = s.take();
    if (g) s.failure(g, 1_000, { suggested: 10, resultCap: true, resultLimit: 1_000 }, 0);
    s.success({ size: 10, probe: false }, 10, 1, 0);
    expect(s.take()).toEqual({ size: 40, probe: false });
    expect(s.take()).toEqual({ size: 40, probe: false });
  });

  it("ignores a late answer from behind the frontier when sizing", () => {
    const s = createRangeSizer({ initial: 1_000 });
    s.failure(
      { size: 1_000, probe: true },
      1_000,
      { suggested: 500, resultCap: true, resultLimit: 1_000 },
      0,
    );
    s.success({ size: 500, probe: false }, 500, 400, 5_000);
    const ahead = s.current().size;
    s.success({ size: 500, probe: false }, 10, 1_000, 100); // a dense range far behind finishes late
    expect(s.current().size).toBe(ahead);
  });
});
