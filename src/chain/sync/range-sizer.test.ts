import { describe, expect, it } from "vitest";
import { createRangeSizer } from "./range-sizer";

const noHint = { suggested: null, resultCap: false, resultLimit: null };

describe("range sizer", () => {
  it("sends a first wave of a few requests in parallel at the initial size, before anything is known", () => {
    const s = createRangeSizer({ initial: 10_000, firstWave: 3 });
    expect([s.take(), s.take(), s.take(), s.take()]).toEqual([
      { size: 10_000, probe: true },
      { size: 10_000, probe: true },
      { size: 10_000, probe: true },
      null,
    ]);
  });

  it("takes a cap named to another search at once: no request wider than it, and no probing up to it", () => {
    const s = createRangeSizer({ initial: 10_000 });
    s.knownCap(800);
    expect([s.take(), s.take(), s.take()]).toEqual([
      { size: 800, probe: false },
      { size: 800, probe: false },
      { size: 800, probe: false },
    ]);
    const g = s.take();
    if (!g) throw new Error("no grant");
    s.success(g, 800, 3);
    expect(s.current().size).toBe(800);
  });

  it("grows from the span that worked, so a wave of successes arriving together does not compound", () => {
    const s = createRangeSizer({ initial: 10_000, firstWave: 8 });
    const wave = Array.from({ length: 8 }, () => s.take());
    for (const g of wave) if (g) s.success(g, g.size, 100);
    expect(s.current().size).toBe(20_000);
  });

  it("after the first answer lets only one request try an unproven size; the others wait or use a proven one", () => {
    const s = createRangeSizer({ initial: 10_000 });
    const a = s.take();
    const b = s.take();
    if (!a || !b) throw new Error("no grant");
    s.success(a, 10_000, 5);
    expect(s.take()).toEqual({ size: 10_000, probe: false }); // b, an older probe, is still out
    s.success(b, 10_000, 5);
    expect(s.take()).toEqual({ size: 20_000, probe: true });
    expect(s.take()).toEqual({ size: 10_000, probe: false });

    const refused = createRangeSizer({ initial: 10_000 });
    const c = refused.take();
    const d = refused.take();
    if (!c || !d) throw new Error("no grant");
    refused.failure(c, 10_000, noHint); // halved to an unproven 5,000: one probe at a time from now on
    expect(refused.take()).toBeNull(); // d is still out and nothing is proven yet
    refused.failure(d, 10_000, noHint);
    expect(refused.take()).toEqual({ size: 5_000, probe: true });
    expect(refused.take()).toBeNull();
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
