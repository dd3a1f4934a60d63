import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const PHONE = { width: 390, height: 844 };

/** Every DAO page with what shows once its data is in (the overflow often comes with the data). */
function daoPages(): { name: string; hash: string; ready: (page: Page) => Promise<void> }[] {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === "aiCommons");
  const ada = info.accounts.find((a) => a.name === "Ada Okafor");
  if (!dao || !ada) throw new Error("devnet.json lacks AI Commons or Ada Okafor");
  const base = `#/${info.chainId}/${dao.governor}`;
  const heading = (name: string | RegExp) => (page: Page) =>
    page.getByRole("heading", { level: 1, name }).waitFor({ timeout: 60_000 });
  const text = (t: string | RegExp) => (page: Page) => page.getByText(t).first().waitFor({ timeout: 60_000 });
  return [
    { name: "overview", hash: base, ready: text("At a glance") },
    { name: "proposals", hash: `${base}/proposals`, ready: text(/Grant|Ratify/) },
    {
      name: "proposal",
      hash: `${base}/proposals`,
      ready: async (page) => {
        await page
          .getByRole("link", { name: /Inferex/ })
          .first()
          .click();
        await page.getByText("Target code scan").first().waitFor({ timeout: 60_000 });
      },
    },
    { name: "new", hash: `${base}/new`, ready: heading("New proposal") },
    { name: "drafts", hash: `${base}/drafts`, ready: heading(/Drafts/) },
    { name: "delegates", hash: `${base}/delegates`, ready: text(/Verified at block/) },
    { name: "delegate", hash: `${base}/delegates/${ada.address}`, ready: text("Voting power over time") },
    { name: "treasury", hash: `${base}/treasury`, ready: text(/Reconciled at block/) },
    { name: "token", hash: `${base}/token`, ready: text("Participation") },
    { name: "charter", hash: `${base}/charter`, ready: heading("Charter") },
    { name: "me", hash: `${base}/me?account=${ada.address}`, ready: text(/Delegation history/) },
    { name: "settings", hash: "#/settings", ready: heading(/Settings/) },
  ];
}

/**
 * The page's width, and the elements that stick out past the viewport. The body clips sideways
 * overflow, so scrollWidth alone would miss content cut off at the edge: an element counts unless
 * an ancestor inside the page scrolls or clips it on purpose (the nav, a table's wrapper).
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clippedInside = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5 && !clippedInside(el);
      })
      .slice(0, 6)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const text = (el.textContent ?? "").trim().slice(0, 30);
        return `<${el.tagName.toLowerCase()} class="${el.className}"> right=${Math.round(r.right)} "${text}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

async function checkEveryPage(page: Page, label: string) {
  const wide: string[] = [];
  for (const p of daoPages()) {
    await page.goto(`${env().appUrl}${p.hash}`);
    await p.ready(page);
    const { scrollWidth, culprits } = await overflow(page);
    if (scrollWidth > PHONE.width || culprits.length > 0) {
      wide.push(`${p.name} (${label}): ${scrollWidth} px; ${culprits.join(", ")}`);
      await shot(page, `layout-390-${p.name}-${label}`);
    }
  }
  return wide;
}

describe("layout at 390 px", () => {
  it("no DAO page is wider than a 390 px phone, with or without a connected wallet", async () => {
    const page = await env().browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${env().appUrl}#/`);
    const wide = await checkEveryPage(page, "no-wallet");
    // Hash navigations keep the same document, so the wallet stays connected across pages.
    // The longest devnet name, so the header has the most to fit.
    await connectDevnetWallet(page, "Fine-Tune Cooperative");
    wide.push(...(await checkEveryPage(page, "wallet")));
    expect(wide).toEqual([]);
    await page.close();
  });

  it("a chart's tooltip, touched at either edge of the chart, stays on a 390 px screen", async () => {
    const page = await env().browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const token = daoPages().find((p) => p.name === "token");
    if (!token) throw new Error("no token page");
    await page.goto(`${env().appUrl}${token.hash}`);
    await token.ready(page);
    const chart = page.locator(".recharts-wrapper").first();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error("the supply chart has no box");
    const seen: string[] = [];
    for (const at of [0.3, 0.6, 0.9]) {
      await page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
      const tip = page.locator(".recharts-default-tooltip").first();
      await tip.waitFor({ state: "visible", timeout: 10_000 });
      const r = await tip.boundingBox();
      if (!r) throw new Error("the tooltip has no box");
      seen.push(
        `${at}: ${Math.round(r.x)}..${Math.round(r.x + r.width)} in ${Math.round(box.x)}..${Math.round(box.x + box.width)}`,
      );
      expect(r.x, seen.join("; ")).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width, seen.join("; ")).toBeLessThanOrEqual(PHONE.width);
      expect(await tip.textContent()).toMatch(/AIC/);
      // Every item is a named series (a Scatter's x value, the time, is the heading, not an item "t").
      const names = await tip.locator(".recharts-tooltip-item-name").allTextContents();
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((n) => !/^(Supply|Minted in block|Burned in block)$/.test(n))).toEqual([]);
    }
    await shot(page, "layout-390-token-tooltip");
    await page.close();
  });
});
