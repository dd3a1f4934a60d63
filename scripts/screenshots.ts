/**
 * Writes docs/screenshots/{picker,overview}-{desktop,mobile}-{light,dark}.png.
 * `tsx scripts/screenshots.ts` starts its own devnet + build (the e2e stack);
 * `tsx scripts/screenshots.ts --url http://127.0.0.1:5173/` shoots a running `npm start` instead.
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type DevnetInfo, parseDevnetInfo } from "@/config/devnet-info";
import { startAppStack } from "../test/support/app-stack";
import { launchBrowser } from "../test/support/browser";

const outDir = join(import.meta.dirname, "..", "docs", "screenshots");
const MAX_BYTES = 300 * 1024;
const viewports = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;
const schemes = ["light", "dark"] as const;

type Target = {
  url: string;
  info: DevnetInfo;
  newPage: () => Promise<Page>;
  /** Throws when a page reached beyond localhost (the screenshots should show what a private demo shows). */
  checkRequests: () => void;
  stop: () => Promise<void>;
};

async function target(): Promise<Target> {
  const i = process.argv.indexOf("--url");
  const given = i > 0 ? process.argv[i + 1] : undefined;
  if (!given) {
    const stack = await startAppStack();
    return {
      url: stack.appUrl,
      info: stack.info,
      newPage: () => stack.browser.context.newPage(),
      checkRequests: stack.browser.guard.assertNoForeignRequests,
      stop: stack.stop,
    };
  }
  const url = given.endsWith("/") ? given : `${given}/`;
  const info = parseDevnetInfo(await (await fetch(`${url}devnet.json`)).json());
  const browser = await launchBrowser();
  return {
    url,
    info,
    newPage: () => browser.context.newPage(),
    checkRequests: browser.guard.assertNoForeignRequests,
    stop: browser.close,
  };
}

/** Waits until the page shows what a reader should see, so no screenshot catches a spinner. */
async function settle(page: Page, kind: "picker" | "overview", info: DevnetInfo) {
  if (kind === "picker") {
    for (const dao of info.daos) await page.getByText(dao.name).first().waitFor();
  } else {
    await page.getByText("AIC").first().waitFor({ timeout: 30_000 });
    await page.getByText(/ETH/).first().waitFor({ timeout: 30_000 });
  }
  await page.evaluate(() => document.fonts.ready);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const t = await target();
  try {
    const aic = t.info.daos.find((d) => d.key === "aiCommons");
    if (!aic) throw new Error("devnet.json has no AI Commons DAO");
    const routes = { picker: "#/", overview: `#/${t.info.chainId}/${aic.governor}/` } as const;
    for (const [kind, hash] of Object.entries(routes) as ["picker" | "overview", string][]) {
      for (const [size, viewport] of Object.entries(viewports)) {
        for (const scheme of schemes) {
          const page = await t.newPage();
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
          await page.goto(`${t.url}${hash}`);
          await settle(page, kind, t.info);
          const path = join(outDir, `${kind}-${size}-${scheme}.png`);
          await page.screenshot({ path, animations: "disabled" });
          await page.close();
          const kb = statSync(path).size / 1024;
          console.log(`${path}  ${kb.toFixed(0)} kB`);
          if (kb * 1024 > MAX_BYTES)
            throw new Error(`${path} is ${kb.toFixed(0)} kB, over the 300 kB budget`);
        }
      }
    }
    t.checkRequests();
  } finally {
    await t.stop();
  }
}

await main();
