import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeScan } from "../support/axe-scan";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();

function aiCommons() {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === "aiCommons");
  if (!dao) throw new Error("devnet.json has no AI Commons");
  return { info, dao, list: `#/${info.chainId}/${dao.governor}/proposals` };
}

async function openProposal(page: Page, title: string) {
  await page.getByLabel("Search").fill(title);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

/** The three looks a page is checked in: desktop light, desktop dark, 390 px dark. */
async function shots(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await shot(page, `${name}-desktop-light`);
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await shot(page, `${name}-desktop-dark`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-mobile-dark`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
}

async function switchAccount(page: Page, name: string) {
  await page.getByRole("button", { name: "Switch account" }).click();
  const picker = page.getByRole("dialog", { name: "Choose a devnet account" });
  await picker.getByRole("button", { name: new RegExp(`^${name}\\b`) }).click();
  await picker.waitFor({ state: "detached" });
  await page
    .getByRole("banner")
    .getByRole("button", { name: new RegExp(name) })
    .waitFor();
}

describe("proposal pages", () => {
  it("flags the queued compute grant's outflow against the treasury's balances, with the numbers compared", async () => {
    const { list } = aiCommons();
    const page = await env().open(list);
    await openProposal(page, "Grant: compute credits for a community fine-tune");
    const risk = page.getByRole("region", { name: "Risk check" });
    await risk.getByText("Warning: Large treasury outflow").waitFor({ timeout: 30_000 });
    await risk.getByText("Action 1 sends 60,000 tUSD: 10.5% of the treasury's 571,000 tUSD.").waitFor();
    await risk
      .getByText(/^Compared with the treasury's balances at block [\d,]+: 60,000 tUSD of 571,000 tUSD/)
      .waitFor();
    expect(await risk.getByText(/No risk flags/).count()).toBe(0);
    // Recipients are named, as everywhere else.
    await page
      .getByRole("region", { name: "What it would do" })
      .getByText("Fine-Tune Cooperative")
      .first()
      .waitFor();
    await axeScan(page, "funding proposal with an outflow flag");
    await shots(page, "proposal-funding");

    await page.goto(`${env().appUrl}${list}`);
    await openProposal(page, "Buy a year of commercial inference API credits");
    await risk.getByText(/120,000 tUSD: 2\d\.\d+% of the treasury's/).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it("shows a canceled proposal's timeline up to its cancellation and its outcome instead of a vote form", async () => {
    const { list } = aiCommons();
    const page = await env().open(list);
    await openProposal(page, "Grant: a dataset licensing fund");
    const timeline = page.getByRole("list", { name: "Timeline" });
    await timeline.getByText("Canceled").waitFor();
    const labels = await timeline.locator("li > strong").allTextContents();
    expect(labels).toEqual(["Created", "Canceled"]);
    await page.getByRole("heading", { name: "Outcome" }).waitFor();
    await page.getByText("This proposal was canceled.").waitFor();
    expect(await page.getByRole("radio", { name: "For" }).count()).toBe(0);
    await page.getByText("Nobody voted before it was canceled.").waitFor();
    await axeScan(page, "canceled proposal");
    await shots(page, "proposal-canceled");
    await page.close();
  });

  it("keeps a vote's status to the account that sent it: switching from Ada to Bao shows Bao a clean form", async () => {
    const { list } = aiCommons();
    const page = await env().open(list);
    const title = "Raise quorum from 4% to 5%";
    await openProposal(page, title);
    await connectDevnetWallet(page, "Ada Okafor");
    await page.getByRole("radio", { name: "For" }).check();
    await page.getByRole("button", { name: "Vote For" }).click();
    await page.getByText(/^Done: your vote was recorded in block/).waitFor({ timeout: 30_000 });
    await page.getByText(/^You voted For with/).waitFor({ timeout: 30_000 });

    await switchAccount(page, "Bao Tran");
    await page.getByRole("button", { name: "Vote" }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Done:/).count()).toBe(0);
    expect(await page.getByText(/You voted/).count()).toBe(0);
    expect(await page.getByRole("radio", { name: "For" }).isChecked()).toBe(false);

    await switchAccount(page, "Ada Okafor");
    await page.getByText(/^Done: your vote was recorded in block/).waitFor();
    await page.close();
  });

  it("reads ?state= in any case, notes an unknown value, names proposers and links back from a missing proposal", async () => {
    const { list } = aiCommons();
    const page = await env().open(`${list}?state=active`);
    await page.getByText("3 of 18 proposals match").waitFor({ timeout: 30_000 });
    expect(await page.getByLabel("State").inputValue()).toBe("Active");
    const row = page.getByRole("listitem").filter({ hasText: "Grant: open bias evaluation suite, phase 2" });
    await row.getByText("Dana Whitfield").waitFor();
    await page
      .getByText(/Cached on this device/)
      .first()
      .waitFor({ state: "detached", timeout: 60_000 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "proposals-mobile-dark");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });

    await page.goto(`${env().appUrl}${list}?state=open`);
    await page
      .getByRole("note")
      .getByText(/Unknown state "open" in the link/)
      .waitFor();
    await page.getByText(/^18 proposals$/).waitFor();

    await page.goto(`${env().appUrl}${list}/123`);
    await page.getByText(/This governor has no proposal 123/).waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: "Back to all proposals" }).click();
    await page.getByRole("heading", { level: 1, name: "Proposals" }).waitFor();
    await page.close();
  });

  it("shows a proposal's voters readable at 390 px in the dark theme", async () => {
    const { list } = aiCommons();
    // The colour scheme is set before the app loads, as a phone in dark mode would open it.
    const page = await env().browser.context.newPage();
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${env().appUrl}${list}`);
    await openProposal(page, "Let Inferex Cloud schedule credit top-ups directly");
    await page
      .getByText("Inferex Cloud (outside vendor) would get PROPOSER_ROLE", { exact: false })
      .waitFor();
    const reason = page.getByRole("cell", { name: /outside vendor the power to schedule/ });
    await reason.scrollIntoViewIfNeeded();
    const box = await reason.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await shot(page, "proposal-mobile-dark");
    await page.close();
  });
});
