import type { Page } from "playwright-core";
import { createPublicClient, http } from "viem";
import { describe, expect, it } from "vitest";
import { axeScan } from "../support/axe-scan";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const MOBILE = { width: 390, height: 844 };

const tokenHash = (query = "") => {
  const aic = env().info.daos.find((d) => d.key === "aiCommons");
  if (!aic) throw new Error("devnet.json has no AI Commons");
  return `#/${env().info.chainId}/${aic.governor}/token${query}`;
};

/** Collects console errors and uncaught page errors from now on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function openToken(scheme: "light" | "dark", viewport?: { width: number; height: number }, query = "") {
  const page = await env().browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  else await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  const errors = watchErrors(page);
  await page.goto(`${env().appUrl}${tokenHash(query)}`);
  await page
    .getByRole("heading", { name: "Total supply" })
    .waitFor({ timeout: 30_000 })
    .catch(async (e) => {
      await shot(page, "token-failed");
      throw e;
    });
  await page.getByRole("heading", { name: "Participation", level: 2 }).waitFor();
  return { page, errors };
}

const text = async (page: Page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
  (await page.innerText("body")).replace(/\s+/g, " ");

describe("token and participation", () => {
  it("renders supply, voting power and participation with data, and a table behind each chart", async () => {
    const { page, errors } = await openToken("light");
    const body = await text(page);
    expect(body).toMatch(/As of block [\d,]+ \(the latest synced block\)/);
    expect(body).toMatch(/Gini coefficient/);
    expect(body).toMatch(/\d+ Delegates to reach quorum/);
    expect(body).toMatch(/Nakamoto coefficient/);
    expect(body).toMatch(/from [\d,]+ Transfer logs through block [\d,]+/);
    expect(body).toContain("Cost of capture");
    // "≈" in front when the amount has more decimals than shown.
    expect(body).toMatch(/one voter needs ≈?[\d,.]+ AIC/);
    // Charts drew something: recharts renders one surface per chart.
    expect(await page.locator(".chart-frame-plot .recharts-surface").count()).toBeGreaterThanOrEqual(10);
    await axeScan(page, "token page");
    await shot(page, "token-desktop-light");

    const supply = page.getByRole("figure", { name: "Total supply" });
    await supply.getByRole("button", { name: "Show table" }).click();
    const rows = supply.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.last().textContent()).toMatch(/AIC/);

    const turnout = page.getByRole("figure", { name: "Turnout per proposal vs quorum" });
    await turnout.getByRole("button", { name: "Show table" }).click();
    expect(await turnout.locator("tbody tr").count()).toBeGreaterThan(3);
    await page.locator("#participation").scrollIntoViewIfNeeded();
    await axeScan(page, "participation with tables");
    await shot(page, "participation-desktop-light");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is readable in dark and at 390 px, with no horizontal overflow", async () => {
    for (const scheme of ["dark", "light"] as const) {
      const { page, errors } = await openToken(scheme, MOBILE);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
      await axeScan(page, `token page (390 px, ${scheme})`);
      await shot(page, `token-mobile-${scheme}`);
      await page.locator("#participation").scrollIntoViewIfNeeded();
      await shot(page, `participation-mobile-${scheme}`);
      expect(errors).toEqual([]);
      await page.close();
    }
    const { page } = await openToken("dark");
    await axeScan(page, "token page (dark)");
    await shot(page, "token-desktop-dark");
    await page.locator("#participation").scrollIntoViewIfNeeded();
    await shot(page, "participation-desktop-dark");
    await page.close();
  });

  it("shows the page as it stood at an earlier block, and names a bad ?at=", async () => {
    const head = Number(await createPublicClient({ transport: http(env().info.rpcUrl) }).getBlockNumber());
    // A recent block: anvil keeps the state of recent blocks only (older eth_calls answer "invalid params").
    const mid = head - 3;
    const { page } = await openToken("light", undefined, `?at=${mid}`);
    const body = await text(page);
    expect(body).toContain(`As it stood at block ${mid.toLocaleString()}`);
    await page.getByRole("link", { name: /Show the latest block/ }).waitFor();
    await page.close();
    const bad = await openToken("light", undefined, "?at=yesterday");
    expect(await text(bad.page)).toContain('"yesterday" is not a block number');
    await bad.page.close();
  });
});
