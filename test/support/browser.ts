import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { resolveChromium } from "./chromium";
import { type CspGuard, guardCsp, guardRequests, type RequestGuard } from "./request-guard";

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

/** A headless Chromium with a fresh profile, the localhost-only request guard and the CSP violation log. */
export type Browser = {
  context: BrowserContext;
  guard: RequestGuard;
  csp: CspGuard;
  close: () => Promise<void>;
};

/** Launches headless Chromium (see resolveChromium) with a throwaway user-data dir. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = resolveChromium();
  const profile = mkdtempSync(join(tmpdir(), "plenum-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  const guard = await guardRequests(context);
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
