import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { deployOz5Fixtures, type FixtureDao, type Oz5Fixtures } from "../support/fixture-oz5-daos";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const MOBILE = { width: 390, height: 844 };
// Every DAO page shows content or a clear message within 30 s (issue #10), whatever the contract answers.
const CONTENT = { timeout: 30_000 };
let fixtures: Oz5Fixtures;

beforeAll(async () => {
  fixtures = await deployOz5Fixtures(env().info.rpcUrl);
}, 300_000);

const base = (dao: FixtureDao) => `#/${env().info.chainId}/${dao.governor}`;

async function goto(page: Page, hash: string) {
  await page.goto(`${env().appUrl}${hash}`);
}

/** Both colour schemes of the same view, desktop and 390 px. */
async function shots(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, `${name}-desktop-${scheme}`);
    await page.setViewportSize(MOBILE);
    await shot(page, `${name}-mobile-${scheme}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
}

describe("OZ 5.7 governors nobody here wrote", () => {
  it("an ERC721Votes DAO: overview names the NFT, the list and a proposal load and verify, and a pass holder votes", async () => {
    const dao = fixtures.atelier;
    const page = await env().open(`${base(dao)}/`);
    await page.getByText("Atelier Pass (PASS)").waitFor(CONTENT);
    await page.getByText("none: whole votes (ERC-721: one NFT, one vote)").waitFor();
    expect(await page.getByText("exposes no voting token").count()).toBe(0);

    await goto(page, `${base(dao)}/proposals`);
    await page.getByText("5 proposals").waitFor(CONTENT);
    await page
      .getByText(/^Verified at block [\d,]+: proposal ids re-hashed from their content/)
      .waitFor(CONTENT);
    await shots(page, "oz-erc721-list");

    await goto(page, `${base(dao)}/proposals/${fixtures.atelier.proposals.executed?.id}`);
    await page
      .getByRole("heading", { level: 1, name: "Commission: a mural for the studio" })
      .waitFor(CONTENT);
    await page.getByRole("heading", { name: "Voters (3)" }).waitFor(CONTENT);
    await page.getByText("9 PASS", { exact: true }).first().waitFor();

    await goto(page, `${base(dao)}/proposals/${fixtures.atelier.proposals.active?.id}`);
    await page.getByRole("heading", { level: 1, name: "Open studio night" }).waitFor(CONTENT);
    await page.getByRole("heading", { name: "Voters (1)" }).waitFor(CONTENT);
    await connectDevnetWallet(page, "Kavya Rao");
    await page.getByRole("radio", { name: "For" }).check();
    await page.getByLabel(/Reason/).fill("Bring the neighbours in.");
    await page.getByRole("button", { name: "Vote For" }).click();
    await page.getByText(/Done: your vote was recorded in block/).waitFor(CONTENT);
    await page.getByText(/^You voted For with 3 PASS/).waitFor(CONTENT);
    await page.getByRole("heading", { name: "Voters (2)" }).waitFor(CONTENT);
    await page.getByText(/^Verified at block/).waitFor(CONTENT);
    await shots(page, "oz-erc721-proposal");
    await page.close();
  });

  it("a fractional, sequential-id DAO on a timestamp clock: split votes tallied, ids checked, no false alarm", async () => {
    const dao = fixtures.relay;
    const page = await env().open(`${base(dao)}/`);
    await page.getByText("Relay Credit (RLY)").waitFor(CONTENT);
    await page.getByText(/or a split of one's votes over the three/).waitFor();

    await goto(page, `${base(dao)}/proposals`);
    await page.getByText("4 proposals").waitFor(CONTENT);
    await page
      .getByText(
        /^Verified at block [\d,]+: ids are sequential: checked against the governor's getProposalId instead/,
      )
      .waitFor(CONTENT);
    expect(await page.getByText(/Verification failed/).count()).toBe(0);
    await shots(page, "oz-fractional-list");

    await goto(page, `${base(dao)}/proposals/1`);
    await page.getByRole("heading", { level: 1, name: "Relay operator stipend" }).waitFor(CONTENT);
    // Omar split his 1,000 RLY over three votes: 100 against, 300 + 200 + 300 for, 50 + 50 abstain.
    await page.getByRole("heading", { name: "Voters (3)" }).waitFor(CONTENT);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with breaks between blocks) is what a reader sees
    const results = (await page.getByRole("region", { name: "Results" }).innerText()).replace(/\s+/g, " ");
    expect(results).toMatch(/For 800 RLY Against 700 RLY Abstain 500 RLY/);
    expect(await page.getByText("(split vote)").count()).toBe(5);
    await page.getByText(/^Verified at block/).waitFor(CONTENT);
    await shots(page, "oz-fractional-proposal");
    await page.close();
  });
});
