import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/devnet/anvil";
import { axeScan } from "../support/axe-scan";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();

function aiCommons() {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === "aiCommons");
  if (!dao) throw new Error("devnet.json has no AI Commons");
  return { info, dao };
}

/** Opens the proposals list filtered by a search, then the one matching proposal. */
async function openProposal(page: Page, title: string) {
  await page.getByLabel("Search").fill(title);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

describe("proposals", () => {
  it("lists every proposal, filters by state and search (kept in the URL), and is accessible", async () => {
    const { info, dao } = aiCommons();
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    await page.getByText("18 proposals").waitFor();
    await axeScan(page, "proposal list");
    await shot(page, "proposals-desktop");
    await page.getByLabel("State").selectOption("Active");
    await page.getByText("3 of 18 proposals match").waitFor();
    expect(page.url()).toContain("state=Active");
    await page.getByLabel("Search").fill("Inferex");
    await page.getByText("1 of 18 proposals match").waitFor();
    await page.getByRole("link", { name: "Let Inferex Cloud schedule credit top-ups directly" }).click();
    await page.getByText("Critical: Grants PROPOSER_ROLE to an outside account").waitFor();
    await axeScan(page, "proposal detail");
    await shot(page, "proposal-detail-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "proposal-detail-mobile");
    await page.close();
  });

  it("says clearly when the URL names no proposal", async () => {
    const { info, dao } = aiCommons();
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals/not-an-id`);
    await page.getByText('"not-an-id" is not a proposal id.').waitFor();
    await page.goto(`${env().appUrl}#/${info.chainId}/${dao.governor}/proposals/123`);
    await page
      .getByText(/This governor has no proposal 123 \(checked through block/)
      .waitFor({ timeout: 30_000 });
    await axeScan(page, "unknown proposal id");
    await page.close();
  });

  it("votes For with a reason and sees the tally, the voters list and 'you voted' change", async () => {
    const { info, dao } = aiCommons();
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    const title = "Grant: open bias evaluation suite, phase 2";
    await openProposal(page, title);
    await page.getByRole("heading", { name: "Voters (2)" }).waitFor();
    expect(await page.getByText("Connect a wallet to vote.").count()).toBe(1);
    await connectDevnetWallet(page, "Chidi Mensah");
    await page.getByRole("radio", { name: "For" }).check();
    await page.getByLabel(/Reason/).fill("Image models need the same scrutiny as text models.");
    await page.getByRole("button", { name: "Vote For" }).click();
    await page.getByText(/Done: your vote was recorded in block/).waitFor({ timeout: 30_000 });
    await page.getByText(/^You voted For with/).waitFor();
    await page.getByRole("heading", { name: "Voters (3)" }).waitFor({ timeout: 30_000 });
    await page.getByRole("cell", { name: "Image models need the same scrutiny as text models." }).waitFor();
    await shot(page, "proposal-voted");
    await page.close();
  });

  it("queues a succeeded proposal, executes it after the timelock delay, and a queued grant moves the treasury's ETH", async () => {
    const { info, dao } = aiCommons();
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    const grant = page.getByRole("link", { name: "Grant: compute credits for a community fine-tune" });
    const grantHash = (await grant.getAttribute("href")) ?? "";
    await openProposal(page, "Ratify principle: Transparency reports");
    await connectDevnetWallet(page, "Dana Whitfield");
    await page.getByRole("button", { name: "Queue for execution" }).click();
    await page.getByText(/^Done: the proposal was queued in block/).waitFor({ timeout: 30_000 });
    const execute = page.getByRole("button", { name: "Execute" });
    await execute.waitFor({ timeout: 30_000 });
    expect(await execute.isDisabled()).toBe(true);
    await page.getByText(/The timelock delay runs until/).waitFor();
    // The status names the action that was sent (queue), not the one now offered (execute).
    await page.getByText(/^Done: the proposal was queued in block/).waitFor();
    expect(await page.getByText(/executed/).count()).toBe(0);

    await advanceDevnetTime(info.rpcUrl, 2 * 24 * 3600 + 60);
    await page.reload();
    await page
      .getByRole("heading", { level: 1, name: "Ratify principle: Transparency reports" })
      .waitFor({ timeout: 60_000 });
    // The Devnet wallet, like an extension, asks again after a reload.
    await connectDevnetWallet(page, "Dana Whitfield");
    await page.getByRole("button", { name: "Execute" }).click();
    await page.getByText(/^Done: the proposal was executed in block/).waitFor({ timeout: 30_000 });
    await page.locator(".badge-state", { hasText: "Executed" }).waitFor({ timeout: 30_000 });
    // Straight to another proposal's URL: the status stays with the proposal it was sent for.
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, grantHash);
    await page
      .getByRole("heading", { level: 1, name: "Grant: compute credits for a community fine-tune" })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Done:/).count()).toBe(0);

    // The queued grant (60,000 tUSD + 10 ETH) is past its eta too: executing it moves the treasury's ETH.
    const treasuryEth = async () => {
      await page.goto(`${env().appUrl}#/${info.chainId}/${dao.governor}/`);
      const text = (await page.getByRole("region", { name: "Treasury", exact: true }).textContent()) ?? "";
      return Number(text.match(/ETH balance\s*([\d,.]+) ETH/)?.[1]?.replaceAll(",", ""));
    };
    const before = await treasuryEth();
    await page.goto(`${env().appUrl}#/${info.chainId}/${dao.governor}/proposals`);
    await openProposal(page, "Grant: compute credits for a community fine-tune");
    await page.getByRole("button", { name: "Execute" }).click();
    await page.getByText(/^Done: the proposal was executed in block/).waitFor({ timeout: 30_000 });
    await expect.poll(treasuryEth, { timeout: 30_000 }).toBeCloseTo(before - 10, 6);
    await page.close();
  });

  it("signs a ballot as one account, submits it from another, and refuses replayed, altered and damaged ones", async () => {
    const { info, dao } = aiCommons();
    const title = "Grant: open bias evaluation suite, phase 2";
    const signer = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    await openProposal(signer, title);
    await connectDevnetWallet(signer, "Jonas Weber");
    await signer.getByRole("radio", { name: "Against" }).check();
    await signer.getByRole("button", { name: "Sign ballot instead" }).click();
    const link = await signer.getByLabel("Link").inputValue({ timeout: 30_000 });
    expect(link).toContain("?ballot=");
    await signer.close();

    const submitter = await env().browser.context.newPage();
    await submitter.goto(link);
    await submitter.getByText("Jonas Weber signed an Against ballot.").waitFor();
    await submitter.getByText("The signature is valid and the ballot can be counted now.").waitFor();
    await submitter.getByText(/^Verified at block/).waitFor({ timeout: 30_000 });
    // Cached history paints first; count voters only once the fresh sync has replaced it.
    await submitter
      .getByText(/cached on this device|from this browser's copy/i)
      .first()
      .waitFor({ state: "detached", timeout: 60_000 });
    const voters = submitter.getByRole("heading", { name: /^Voters \(\d+\)$/ });
    const before = Number((await voters.textContent())?.match(/\d+/)?.[0]);
    await connectDevnetWallet(submitter, "Ada Okafor");
    await submitter.getByRole("button", { name: "Submit ballot" }).click();
    await submitter.getByText(/^Done: the signed ballot was counted in block/).waitFor({ timeout: 30_000 });
    await submitter.getByRole("heading", { name: `Voters (${before + 1})` }).waitFor({ timeout: 30_000 });
    await shot(submitter, "ballot-submitted");

    await submitter.reload();
    await submitter.getByText(/already voted on this proposal/).waitFor({ timeout: 30_000 });
    expect(await submitter.getByRole("button", { name: "Submit ballot" }).count()).toBe(0);

    const param = new URL(link.replace("#/", "")).searchParams.get("ballot") ?? "";
    const json = JSON.parse(Buffer.from(param, "base64url").toString("utf8"));
    const altered = Buffer.from(
      JSON.stringify({ ...json, support: 1, voter: info.accounts[4]?.address }),
    ).toString("base64url");
    await submitter.goto(link.replace(param, altered));
    await submitter.getByText(/signature does not match the voter/).waitFor({ timeout: 30_000 });
    await submitter.goto(link.replace(param, "not-a-ballot"));
    await submitter.getByText(/damaged/).waitFor();
    await axeScan(submitter, "damaged ballot link");
    await submitter.close();
  });

  it("still shows the proposals read earlier, labelled as cached, when the RPC is down", async () => {
    const { info, dao } = aiCommons();
    const { appUrl } = env();
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    await page.getByText(/^18 proposals$/).waitFor();
    await page.waitForTimeout(1_500); // the cache is written a second after the last read

    await page.goto(`${appUrl}#/settings`);
    const devnet = page.getByRole("region", { name: /Plenum devnet/ });
    await devnet
      .getByRole("textbox", { name: /RPC URLs for/ })
      .fill(`http://127.0.0.1:${await findFreePort()}`);
    await devnet.getByRole("button", { name: "Save" }).click();
    await page.goto(`${appUrl}#/${info.chainId}/${dao.governor}/proposals`);
    await page.reload(); // a later visit: nothing in memory, only what this browser stored
    await page
      .getByText(/[Cc]ached on this device|[Ff]rom this browser's copy/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: "Let Inferex Cloud schedule credit top-ups directly" }).waitFor();
    await shot(page, "proposals-rpc-down");

    await page.goto(`${appUrl}#/settings`);
    await devnet.getByRole("textbox", { name: /RPC URLs for/ }).fill("");
    await devnet.getByRole("button", { name: "Save" }).click();
    await page.close();
  });
});
