import { describe, expect, it } from "vitest";
import { KEEP_RESTORED_MS, keepsRestored } from "./dao-identity";

const pageStart = 1_000_000_000;

describe("keepsRestored", () => {
  it("keeps an identity this device stored before the page loaded, for up to an hour", () => {
    expect(keepsRestored(pageStart - 70_000, pageStart, pageStart + 500)).toBe(true);
    expect(keepsRestored(pageStart - KEEP_RESTORED_MS, pageStart, pageStart + 500)).toBe(false);
  });

  it("re-reads one read during this page's life once it is stale, and one never read", () => {
    expect(keepsRestored(pageStart + 10, pageStart, pageStart + 120_000)).toBe(false);
    expect(keepsRestored(0, pageStart, pageStart + 10)).toBe(false);
  });
});
