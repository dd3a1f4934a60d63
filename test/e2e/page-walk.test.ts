import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { deployWalkDaos, type WalkDao } from "./page-walk-daos";

const env = setupE2eEnv();
let daos: WalkDao[] = [];
const out = join(import.meta.dirname, "..", "..", "test-results", "page-walk");

beforeAll(async () => {
  daos = (await deployWalkDaos(env().info)).daos;
}, 300_000);

const BUSY = /(Loading|Reading|Replaying|Checking|Opening|Starting|Scanning|Retrying)[^.\n]*…/;

/** Waits until <main> shows no busy marker and no "…ing…" line; returns its text. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    (busy) => {
      const main = document.getElementById("main");
      if (!main || main.textContent.trim() === "") return false;
      if (main.querySelector('[aria-busy="true"]')) return false;
      return !new RegExp(busy).test(main.textContent);
    },
    BUSY.source,
    { timeout: 30_000, polling: 250 },
  );
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
  return page.innerText("#main");
}

describe("every page of every governor kind", () => {
  it("shows content or a clear message within 30 s", async () => {
    mkdirSync(out, { recursive: true });
    const page = await env().browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const failures: string[] = [];
    await page.goto(`${env().appUrl}#/`);
    for (const dao of daos) {
      const base = `#/${env().info.chainId}/${dao.governor}`;
      const pages: [string, string][] = [
        ["overview", "/"],
        ["proposals", "/proposals"],
        ["proposal", `/proposals/${dao.proposalId}`],
        ["new", "/new"],
        ["drafts", "/drafts"],
        ["token", "/token"],
        ["treasury", "/treasury"],
        ["delegates", "/delegates"],
        ["delegate", `/delegates/${dao.delegate}`],
        ["me", "/me"],
        ["charter", "/charter"],
      ];
      for (const [name, path] of pages) {
        const t0 = performance.now();
        await page.goto(`${env().appUrl}${base}${path}`);
        if (name === "me" && (await page.getByRole("button", { name: "Connect Wallet" }).count()) > 0)
          await connectDevnetWallet(page, dao.walletName);
        const text = await settled(page).catch(async (e: unknown) => {
          failures.push(`${dao.key} ${name}: ${String(e).slice(0, 200)}`);
          return page.innerText("#main").catch(() => "");
        });
        const s = ((performance.now() - t0) / 1000).toFixed(1);
        console.log(`[walk] ${dao.key} ${name} ${s} s`);
        writeFileSync(join(out, `${dao.key}-${name}.txt`), text);
        await page.screenshot({ path: join(out, `${dao.key}-${name}.png`) });
      }
    }
    expect(errors).toEqual([]);
    expect(failures).toEqual([]);
  }, 900_000);
});
