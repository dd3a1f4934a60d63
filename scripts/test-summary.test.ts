import { describe, expect, it } from "vitest";
import { formatSummary, parseVitestJson, toolLayer, vitestLayer } from "./test-summary";

const report = (passed: number, failed: number, failedFiles = 0, brokenFiles = 0) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  numTodoTests: 0,
  failedFiles,
  brokenFiles,
});

describe("vitestLayer", () => {
  it("counts passed and failed tests from the report", () => {
    const layer = vitestLayer("unit", 1, report(10, 2), 3.2);
    expect(layer).toMatchObject({ passed: 10, failed: 2 });
  });

  it("fails a layer that ran zero tests even when vitest exited 0", () => {
    const layer = vitestLayer("e2e", 0, report(0, 0), 1);
    expect(layer.failed).toBe(1);
    expect(layer.note).toContain("zero tests");
  });

  it("counts a file that failed in a hook (its tests skipped) as one failure", () => {
    const layer = vitestLayer("e2e", 1, report(4, 1, 3, 2), 1);
    expect(layer).toMatchObject({ passed: 4, failed: 3 });
  });

  it("fails a layer whose vitest exited non-zero without any failure", () => {
    const layer = vitestLayer("integration", 1, report(5, 0), 1);
    expect(layer).toMatchObject({ passed: 5, failed: 1 });
    expect(layer.note).toContain("exited with code 1");
  });

  it("fails a layer without any report", () => {
    expect(vitestLayer("component", 1, null, 1).failed).toBe(1);
  });
});

describe("parseVitestJson", () => {
  it("reads a JSON report and rejects anything else", () => {
    const json = JSON.stringify({
      numTotalTests: 3,
      numPassedTests: 2,
      numFailedTests: 1,
      testResults: [
        { status: "passed", assertionResults: [{ status: "passed" }] },
        { status: "failed", assertionResults: [{ status: "failed" }] },
        { status: "failed", assertionResults: [{ status: "skipped" }] },
      ],
    });
    expect(parseVitestJson(json)).toMatchObject({ numFailedTests: 1, failedFiles: 2, brokenFiles: 1 });
    expect(parseVitestJson("not json")).toBeNull();
    expect(parseVitestJson("{}")).toBeNull();
    expect(parseVitestJson(null)).toBeNull();
  });
});

describe("formatSummary", () => {
  it("ends with the totals line, counting lint and tsc as one test each", () => {
    const text = formatSummary([
      toolLayer("lint", 0, 1),
      toolLayer("types", 2, 5),
      vitestLayer("unit", 0, report(7, 0), 2),
    ]);
    expect(text.split("\n").at(-1)).toBe("8 passed, 1 failed");
    expect(text).toContain("FAIL types");
  });
});
