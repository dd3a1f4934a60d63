/**
 * Writes docs/screenshots/<page>-{desktop,mobile}-{light,dark}.png for the picker, overview and the analytics
 * pages (token, treasury, delegates, delegate, me, charter).
 * `tsx scripts/screenshots.ts` starts its own devnet + build (the e2e stack);
 * `tsx scripts/screenshots.ts --url http://127.0.0.1:5173/` shoots a running `npm start` instead.
 * `--only token,me` limits the pages, `--variants desktop-light,mobile-dark` the sizes and schemes, and
 * `--full` also writes whole-page shots to test-results/screenshots/ for review (not committed).
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

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const listArg = (name: string) => arg(name)?.split(",").filter(Boolean);

type Kind = "picker" | "overview" | "token" | "treasury" | "delegates" | "delegate" | "me" | "charter";

/** Waits until the page shows what a reader should see, so no screenshot catches a spinner. */
async function settle(page: Page, kind: Kind, info: DevnetInfo) {
  const long = { timeout: 60_000 };
  if (kind === "picker") {
    for (const dao of info.daos) await page.getByText(dao.name).first().waitFor();
  } else if (kind === "overview") {
    await page.getByText("AIC").first().waitFor({ timeout: 30_000 });
    await page.getByText(/ETH/).first().waitFor({ timeout: 30_000 });
  } else if (kind === "token") {
    await page.getByRole("heading", { name: "Participation", level: 2 }).waitFor(long);
  } else if (kind === "treasury") {
    await page
      .getByText(/Reconciled at block/)
      .first()
      .waitFor(long);
  } else if (kind === "delegates") {
    await page
      .getByTestId("reconciliation")
      .filter({ hasText: /Verified at block/ })
      .waitFor(long);
  } else if (kind === "delegate") {
    await page.getByText("Voting power over time").waitFor(long);
  } else if (kind === "me") {
    await page.getByText(/Delegation history/).waitFor(long);
  } else {
    await page.getByRole("heading", { name: /^In force \(\d+\)$/ }).waitFor(long);
  }
  // Charts draw after their data: wait for each surface before the shot.
  if (["token", "treasury", "delegate", "charter"].includes(kind))
    await page.locator(".recharts-surface").first().waitFor(long);
  await page.evaluate(() => document.fonts.ready);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const t = await target();
  try {
    const aic = t.info.daos.find((d) => d.key === "aiCommons");
    if (!aic) throw new Error("devnet.json has no AI Commons DAO");
    const who = (name: string) => {
      const a = t.info.accounts.find((x) => x.name === name);
      if (!a) throw new Error(`devnet.json has no account ${name}`);
      return a.address;
    };
    const base = `#/${t.info.chainId}/${aic.governor}`;
    const all: Record<Kind, string> = {
      picker: "#/",
      overview: `${base}/`,
      token: `${base}/token`,
      treasury: `${base}/treasury`,
      delegates: `${base}/delegates`,
      delegate: `${base}/delegates/${who("Ada Okafor")}`,
      me: `${base}/me?account=${who("Elif Demir")}`,
      charter: `${base}/charter`,
    };
    const only = listArg("--only");
    const variants = listArg("--variants");
    const full = process.argv.includes("--full");
    const reviewDir = join(import.meta.dirname, "..", "test-results", "screenshots");
    if (full) mkdirSync(reviewDir, { recursive: true });
    for (const [kind, hash] of Object.entries(all) as [Kind, string][]) {
      if (only && !only.includes(kind)) continue;
      for (const [size, viewport] of Object.entries(viewports)) {
        for (const scheme of schemes) {
          if (variants && !variants.includes(`${size}-${scheme}`)) continue;
          const page = await t.newPage();
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
          await page.goto(`${t.url}${hash}`);
          await settle(page, kind, t.info);
          const name = `${kind}-${size}-${scheme}`;
          const path = join(outDir, `${name}.png`);
          await page.screenshot({ path, animations: "disabled" });
          if (full)
            await page.screenshot({
              path: join(reviewDir, `${name}-full.png`),
              fullPage: true,
              animations: "disabled",
            });
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
