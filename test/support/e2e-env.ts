import { afterAll, afterEach, beforeAll } from "vitest";
import { type AppStack, startAppStack } from "./app-stack";

let current: Promise<AppStack> | null = null;

/**
 * Registers the e2e lifecycle in the calling test file: one stack per file (memoised per
 * process; the app build is cached on disk across files), a localhost-only request check and a
 * no-CSP-violation check after each test, and teardown after the file.
 */
export function setupE2eEnv(): () => AppStack {
  let stack: AppStack | null = null;
  beforeAll(async () => {
    current ??= startAppStack();
    stack = await current;
  });
  afterEach(() => {
    stack?.browser.guard.assertNoForeignRequests();
    stack?.browser.csp.assertNoCspViolations();
  });
  afterAll(async () => {
    const running = current;
    current = null;
    stack = null;
    // A stack that failed to start already cleaned up and reported in beforeAll.
    if (running)
      await running.then(
        (s) => s.stop(),
        () => undefined,
      );
  });
  return () => {
    if (!stack) throw new Error("e2e environment is not ready (its beforeAll failed)");
    return stack;
  };
}
