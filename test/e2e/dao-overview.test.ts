import type { Page } from "playwright-core";
import { createPublicClient, formatEther, http } from "viem";
import { describe, expect, it } from "vitest";
import { axeScan } from "../support/axe-scan";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const MOBILE = { width: 390, height: 844 };

const dao = (key: "aiCommons" | "computeGuild") => {
  const found = env().info.daos.find((d) => d.key === key);
  if (!found) throw new Error(`devnet.json has no ${key}`);
  return found;
};

/** The page's visible text, whitespace collapsed, once the given text has appeared. */
async function textAfter(page: Page, visible: string | RegExp): Promise<string> {
  await page.getByText(visible).first().waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with breaks between blocks) is what a reader sees
  return (await page.innerText("body")).replace(/\s+/g, " ");
}

const daoLink = (page: Page, name: string) =>
  page.getByRole("region", { name: "Devnet DAOs" }).getByRole("link", { name: new RegExp(name) });

describe("DAO picker and overview", () => {
  it("lists the devnet DAOs, opens AI Commons, and shows its identity and treasury", async () => {
    const { open, info } = env();
    const page = await open("#/");
    // Served from a sub-folder: everything must load relative to /plenum/ (Vite base "./").
    expect(new URL(page.url()).pathname).toBe("/plenum/");
    await daoLink(page, "AI Commons").waitFor();
    await daoLink(page, "Compute Guild").waitFor();
    await axeScan(page, "DAO picker");
    await shot(page, "picker-desktop");

    await daoLink(page, "AI Commons").click();
    const aic = dao("aiCommons");
    await page.waitForURL((url) => url.hash.toLowerCase().includes(aic.governor.toLowerCase()));
    await page.getByRole("heading", { name: "AI Commons Governor", level: 1 }).waitFor();
    const text = await textAfter(page, "AI Commons (AIC)");
    expect(text).toContain("block number");
    expect(text).toMatch(/Voting period \d[\d,]* blocks/);

    if (!aic.timelock) throw new Error("AI Commons has no timelock in devnet.json");
    const client = createPublicClient({ transport: http(info.rpcUrl) });
    const wei = await client.getBalance({ address: aic.timelock });
    expect(wei).toBeGreaterThan(0n);
    const whole = BigInt(formatEther(wei).split(".")[0] ?? "0").toLocaleString("en-US");
    expect(text).toMatch(new RegExp(`ETH balance ${whole}(\\.\\d{1,4})? ETH`));

    await axeScan(page, "AI Commons overview");
    await shot(page, "overview-desktop");
    await page.close();
  });

  it("fits the picker and the overview on a 390 px screen", async () => {
    const { open, info } = env();
    const page = await open("#/", MOBILE);
    await daoLink(page, "Compute Guild").waitFor();
    await axeScan(page, "DAO picker (390 px)");
    await shot(page, "picker-mobile");

    await page.goto(`${env().appUrl}#/${info.chainId}/${dao("aiCommons").governor}/`);
    await textAfter(page, "AI Commons (AIC)");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
    await axeScan(page, "AI Commons overview (390 px)");
    await shot(page, "overview-mobile");
    await page.close();
  });

  it("shows Compute Guild's voting settings in time units (timestamp clock)", async () => {
    const cg = dao("computeGuild");
    const page = await env().open(`#/${env().info.chainId}/${cg.governor}/`);
    await page.getByRole("heading", { name: "Compute Guild", level: 1 }).waitFor();
    const text = await textAfter(page, "(CGT)");
    expect(text).toContain("timestamp (seconds)");
    expect(text).toMatch(/Voting period \d+ (day|days|h|min|s)\b/);
    expect(text).not.toMatch(/\d\s*blocks?\b/i);
    expect(text).toContain("Held by the governor (no timelock)");
    await axeScan(page, "Compute Guild overview");
    await shot(page, "compute-guild-overview");
    await page.close();
  });

  it("switches to the dark theme from the header, keeps it after a reload, and stays readable", async () => {
    const { open, info } = env();
    const page = await open(`#/${info.chainId}/${dao("aiCommons").governor}/`);
    await page.getByRole("heading", { name: "AI Commons Governor", level: 1 }).waitFor();
    const theme = page.getByRole("combobox", { name: "Theme" });
    const lightness = () =>
      page.evaluate(() => {
        const rgb = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
        return rgb.slice(0, 3).reduce((a, b) => a + b, 0) / 3;
      });
    await theme.selectOption("light");
    const light = await lightness();
    await theme.selectOption("dark");
    expect(await lightness()).toBeLessThan(light - 100);

    await page.reload();
    await page.getByRole("heading", { name: "AI Commons Governor", level: 1 }).waitFor();
    expect(await theme.inputValue()).toBe("dark");
    expect(await lightness()).toBeLessThan(light - 100);
    await axeScan(page, "AI Commons overview, dark theme");
    await shot(page, "overview-dark-theme");
    await theme.selectOption("system");
    await page.close();
  });
});
