import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { resolveChromium } from "./chromium";
import { type CspGuard, guardCsp, guardRequests, type RequestGuard, watchRequests } from "./request-guard";

/** Chromium flags that work headless on these machines (no sandbox as root, no background network). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Flags that keep every request on this machine without Playwright's request interception (which turns
 * Chromium's HTTP cache off): a host name other than localhost fails to resolve, and whatever names no host
 * (an IP literal) goes to a proxy on a closed local port, which Chromium bypasses only for loopback.
 */
export const LOCAL_ONLY_FLAGS = [
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
  "--proxy-server=http://127.0.0.1:9",
];

/** A headless Chromium with a fresh profile, the localhost-only request guard and the CSP violation log. */
export type Browser = {
  context: BrowserContext;
  guard: RequestGuard;
  csp: CspGuard;
  close: () => Promise<void>;
};

/** How the browser keeps the page on localhost. */
export type LaunchOptions = {
  /**
   * Keep Chromium's HTTP cache on, as a user's browser has it (the bench): foreign hosts are cut off by
   * LOCAL_ONLY_FLAGS and only listed, instead of routed and aborted (the e2e default: routes disable the cache).
   */
  httpCache?: boolean;
};

/** Launches headless Chromium (see resolveChromium) with a throwaway user-data dir. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = resolveChromium();
  const profile = mkdtempSync(join(tmpdir(), "plenum-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: options.httpCache ? [...CHROMIUM_FLAGS, ...LOCAL_ONLY_FLAGS] : CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  const guard = options.httpCache ? watchRequests(context) : await guardRequests(context);
  const csp = await guardCsp(context);
  return {
    context,
    guard,
    csp,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
