/** Result of one layer of `npm test` (lint and tsc count as one test each). */
export type LayerResult = {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note: string;
};

/** The subset of Vitest's JSON reporter output that the runner counts. */
export type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  /** Test files whose run failed (a failed test, or an error outside any test). */
  failedFiles: number;
  /** Failed files without a failed test: the error was in a hook or at import, so their tests never ran. */
  brokenFiles: number;
};

type FileResult = { status?: unknown; assertionResults?: { status?: unknown }[] };

/** Reads Vitest's JSON report defensively; null when the file is missing or not a report. */
export function parseVitestJson(text: string | null): VitestJson | null {
  if (text === null) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== "object" || raw === null) return null;
    const r = raw as Record<string, unknown>;
    const n = (k: string) => (typeof r[k] === "number" ? (r[k] as number) : 0);
    if (typeof r.numTotalTests !== "number") return null;
    const files = Array.isArray(r.testResults) ? (r.testResults as FileResult[]) : [];
    const failedFiles = files.filter((f) => f.status === "failed");
    return {
      numPassedTests: n("numPassedTests"),
      numFailedTests: n("numFailedTests"),
      numPendingTests: n("numPendingTests"),
      numTodoTests: n("numTodoTests"),
      failedFiles: failedFiles.length,
      brokenFiles: failedFiles.filter((f) => !(f.assertionResults ?? []).some((a) => a.status === "failed"))
        .length,
    };
  } catch {
    return null;
  }
}

/**
 * Turns a Vitest run into a layer result. A file that failed outside its tests counts as one
 * failure; a non-zero exit without any failure (an unhandled error) and a layer that ran
 * nothing each count as one too, so no layer can pass silently.
 */
export function vitestLayer(name: string, exitCode: number, report: VitestJson | null, seconds: number) {
  const passed = report?.numPassedTests ?? 0;
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  let failed = (report?.numFailedTests ?? 0) + (report?.brokenFiles ?? 0);
  const notes: string[] = [];
  if (report === null) notes.push("no JSON report");
  if (report && report.failedFiles > 0) notes.push(`${report.failedFiles} file(s) failed`);
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`vitest exited with code ${exitCode}`);
  }
  if (passed + failed === 0) {
    failed = 1;
    notes.push("ran zero tests");
  }
  if (skipped > 0) notes.push(`${skipped} skipped`);
  const result: LayerResult = { name, passed, failed, skipped, seconds, note: notes.join("; ") };
  return result;
}

/** A lint or type-check step: one test that passes when the tool exits 0. */
export function toolLayer(name: string, exitCode: number, seconds: number): LayerResult {
  const ok = exitCode === 0;
  return {
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds,
    note: ok ? "" : `exited with code ${exitCode}`,
  };
}

/** The summary table and the final `N passed, N failed` line (always the last line). */
export function formatSummary(layers: LayerResult[]): string {
  const rows = layers.map((l) => {
    const status = l.failed > 0 ? "FAIL" : "ok";
    const counts = `${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed`;
    const note = l.note ? `  (${l.note})` : "";
    return `  ${status.padEnd(4)} ${l.name.padEnd(12)} ${counts} ${l.seconds.toFixed(1).padStart(7)} s${note}`;
  });
  const passed = layers.reduce((s, l) => s + l.passed, 0);
  const failed = layers.reduce((s, l) => s + l.failed, 0);
  return ["", "Summary", ...rows, `${passed} passed, ${failed} failed`].join("\n");
}
