import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { shot } from "../support/shot";
import { NOT_SENT, NOT_SIGNED, openProposal, setupWrongChain } from "./wrong-chain-setup";

// Every DAO lives on the devnet (chain A); the Devnet wallet is put on chain B, a second anvil.
const w = setupWrongChain();
const { env, devnet } = w;
const docs = join(import.meta.dirname, "..", "..", "docs", "screenshots");
const GRANT = "Grant: open bias evaluation suite, phase 2";
const WALLET_CHAIN_KEY = "plenum.devnet-wallet.chain.v1";

describe("a first connect on the network chosen in the Devnet wallet's picker", () => {
  it("nothing remembered: chain B picked in the picker, the wallet connects there and is not asked to switch back", async () => {
    const { base } = devnet();
    const page = await env().open(`${base}/proposals`);
    expect(await page.evaluate((key) => localStorage.getItem(key), WALLET_CHAIN_KEY)).toBeNull();
    await connectDevnetWallet(page, "Ada Okafor", { chainId: w.chainB().chainId });
    const banner = page.getByRole("banner");
    await banner.getByText(`Wallet on chain ${w.chainB().chainId}`).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("dialog", { name: "Switch network?" }).count()).toBe(0);
    // The wallet keeps the network for the next visit, as an extension does.
    expect(await page.evaluate((key) => localStorage.getItem(key), WALLET_CHAIN_KEY)).toBe(
      String(w.chainB().chainId),
    );
    await page.close();
  });
});

/** Chidi, with the wallet on chain B, on the active grant with For chosen. */
async function chidiVotesFor() {
  const { base, who } = devnet();
  const page = await w.onChainB(`${base}/proposals`, "Chidi Mensah");
  await openProposal(page, GRANT);
  await page.getByText(/^Voting power at snapshot/).waitFor({ timeout: 60_000 });
  await page.getByRole("radio", { name: "For" }).check();
  return { page, chidi: who("Chidi Mensah") };
}

describe("with the wallet on another chain, no write reaches either chain until it is on the DAO's", () => {
  w.startWalletOnChainB();

  it("vote, vote with a reason and Sign ballot each ask to switch; refused, nothing is sent or signed", async () => {
    const { page, chidi } = await chidiVotesFor();
    const vote = () => page.getByRole("button", { name: "Vote For" }).click();
    await w.refuseSwitch(page, chidi, vote, NOT_SENT);
    await page.getByLabel(/Reason/).fill("Sent from the wrong chain, this must not land anywhere.");
    await w.refuseSwitch(page, chidi, vote, NOT_SENT);
    const sign = () => page.getByRole("button", { name: "Sign ballot instead" }).click();
    await w.refuseSwitch(page, chidi, sign, NOT_SIGNED);
    expect(await page.getByRole("heading", { name: "Your signed ballot" }).count()).toBe(0);
    expect(await page.getByLabel("Link", { exact: true }).count()).toBe(0);
    await page.close();
  });

  it("a switch accepted: the vote lands on the devnet, and nothing on chain B", async () => {
    const { page, chidi } = await chidiVotesFor();
    const before = await w.chainState(chidi);
    await page.getByRole("button", { name: "Vote For" }).click();
    const prompt = page.getByRole("dialog", { name: "Switch network?" });
    await prompt.waitFor({ timeout: 60_000 });
    await page.getByText(/Asking your wallet to switch to Plenum devnet/).waitFor();
    // The prompt, as a voter sees it, for the docs.
    mkdirSync(docs, { recursive: true });
    copyFileSync(await shot(page, "wrong-chain-desktop-light"), join(docs, "wrong-chain-desktop-light.png"));

    await prompt.getByRole("button", { name: "Switch to Plenum devnet" }).click();
    await page.getByText(/^Done: your vote was recorded in block/).waitFor({ timeout: 90_000 });
    await page.getByText(/^You voted For with/).waitFor({ timeout: 60_000 });
    const after = await w.chainState(chidi);
    expect(after).toEqual({
      ...before,
      nonceA: before.nonceA + 1,
      blockA: before.blockA + 1,
      sentA: before.sentA + 1,
    });
    expect(after.sentB).toBe(0);
    expect(await page.getByText(`Wallet on chain ${w.chainB().chainId}`).count()).toBe(0);
    await page.close();
  });

  it("submitting someone's signed ballot asks to switch; refused, nothing is sent", async () => {
    const { base, who } = devnet();
    const page = await w.onChainB(`${base}/proposals`, "Ada Okafor");
    await openProposal(page, GRANT);
    const proposalId = BigInt(page.url().split("/").pop() ?? "0");
    const param = await w.signedBallotParam(proposalId, who("Jonas Weber"));
    await page.goto(`${env().appUrl}${base}/proposals/${proposalId}?ballot=${param}`);
    await page
      .getByText("The signature is valid and the ballot can be counted now.")
      .waitFor({ timeout: 60_000 });
    const submit = () => page.getByRole("button", { name: "Submit ballot" }).click();
    await w.refuseSwitch(page, who("Ada Okafor"), submit, NOT_SENT);
    await page.close();
  });

  it("delegate, delegate by signature and submitting a signed delegation each ask to switch; refused, nothing is sent or signed", async () => {
    const { base, who } = devnet();
    const kavya = who("Kavya Rao");
    const page = await w.onChainB(`${base}/delegates`, "Kavya Rao");
    await page.getByRole("link", { name: "Dana Whitfield" }).click();
    await page.getByText(/start counting for Dana Whitfield/).waitFor({ timeout: 60_000 });
    const delegate = () => page.getByRole("button", { name: "Delegate", exact: true }).click();
    await w.refuseSwitch(page, kavya, delegate, NOT_SENT);

    await page.goto(`${env().appUrl}${base}/delegates`);
    await page.getByLabel("Delegate address").fill(who("Jonas Weber"));
    const sign = () => page.getByRole("button", { name: "Sign instead (no gas)" }).click();
    await w.refuseSwitch(page, kavya, sign, NOT_SIGNED);
    expect(await page.getByLabel("Signed delegation JSON").count()).toBe(0);

    // Elif signed elsewhere; Kavya, still on chain B, submits it.
    const json = await w.signedDelegationJson(who("Elif Demir"), who("Bao Tran"));
    await page.getByLabel("Signed delegations (JSON or links, one per line)").fill(json);
    await page.getByText("ready", { exact: true }).waitFor({ timeout: 60_000 });
    const submit = () => page.getByRole("button", { name: "Submit delegation" }).click();
    await w.refuseSwitch(page, kavya, submit, NOT_SENT);
    await page.close();
  });

  it("queue, execute and cancel each ask to switch; refused, nothing is sent", async () => {
    const { base, who } = devnet();
    const dana = who("Dana Whitfield");
    const page = await w.onChainB(`${base}/proposals`, "Dana Whitfield");
    await openProposal(page, "Ratify principle: Transparency reports");
    const queue = () => page.getByRole("button", { name: "Queue for execution" }).click();
    await w.refuseSwitch(page, dana, queue, NOT_SENT);

    await page.goto(`${env().appUrl}${base}/proposals`);
    await openProposal(page, "Grant: compute credits for a community fine-tune");
    const execute = () => page.getByRole("button", { name: "Execute" }).click();
    await w.refuseSwitch(page, dana, execute, NOT_SENT);

    await page.goto(`${env().appUrl}${base}/proposals?state=Pending`);
    await page.getByRole("link", { name: /contest/i }).click();
    const cancel = () => page.getByRole("button", { name: "Cancel proposal" }).click();
    await w.refuseSwitch(page, dana, cancel, NOT_SENT);
    await page.close();
  });

  it("publishing from the builder and adopting a charter each ask to switch; refused, nothing is sent", async () => {
    const { base, who } = devnet();
    const ada = who("Ada Okafor");
    const page = await w.onChainB(`${base}/new`, "Ada Okafor");
    await page.getByRole("heading", { name: "New proposal" }).waitFor({ timeout: 60_000 });
    await page.getByLabel("Title", { exact: true }).fill("Grant: must never be published from chain B");
    await page
      .getByLabel("Description (markdown)")
      .fill("A small grant, proposed with the wallet elsewhere.");
    await page.getByRole("button", { name: "Funding grant" }).click();
    await page.getByLabel("Recipient 1 address").fill(who("Open Eval Lab"));
    const asset = page.getByLabel("Recipient 1 asset");
    const value = await asset.locator("option", { hasText: /^tUSD \(/ }).getAttribute("value");
    await asset.selectOption(value ?? "");
    await page.getByLabel("Recipient 1 amount").fill("10");
    await page.getByRole("button", { name: /Run (pre-flight checks|the checks again)/ }).click();
    const publish = page.getByRole("button", { name: "Publish proposal" });
    await expect.poll(() => publish.isEnabled(), { timeout: 90_000 }).toBe(true);
    await w.refuseSwitch(page, ada, () => publish.click(), NOT_SENT);
    await page.getByText(/Your draft is kept/).waitFor();

    const guild = devnet("computeGuild");
    const bao = who("Bao Tran");
    const charter = await w.onChainB(`${guild.base}/charter`, "Bao Tran");
    await charter.getByRole("heading", { name: "No charter" }).waitFor({ timeout: 60_000 });
    const adopt = () => charter.getByRole("button", { name: "Adopt a charter" }).click();
    await w.refuseSwitch(charter, bao, adopt, NOT_SENT);
    await charter.close();
    await page.close();
  });
});

describe("signatures are checked before submission", () => {
  it("a ballot signed for AI Commons' governor, opened on a Compute Guild proposal page, is refused with that reason before any read", async () => {
    const { base, who, dao } = devnet();
    const guild = devnet("computeGuild");
    const page = await env().open(`${base}/proposals`);
    await openProposal(page, GRANT);
    const proposalId = BigInt(page.url().split("/").pop() ?? "0");
    const param = await w.signedBallotParam(proposalId, who("Jonas Weber"));
    await page.goto(`${env().appUrl}${guild.base}/proposals`);
    // Any of Compute Guild's proposals: the ballot names a proposal of another governor.
    const href = await page.locator(".proposal-row a").first().getAttribute("href", { timeout: 60_000 });
    const guildProposal = href?.split("/proposals/")[1]?.split("?")[0] ?? "";
    // Reading the ballot's proposal (state, hasVoted) would put its id in a call's data: count those.
    const idHex = proposalId.toString(16).padStart(64, "0");
    let ballotReads = 0;
    const onRequest = (r: Request) => {
      if (r.method() === "POST" && (r.postData() ?? "").toLowerCase().includes(idHex)) ballotReads++;
    };
    page.on("request", onRequest);
    await page.goto(`${env().appUrl}${guild.base}/proposals/${guildProposal}?ballot=${param}`);
    const refusal = page.getByRole("list", { name: "Why this ballot cannot be submitted" });
    await refusal
      .getByText(
        `The ballot was signed for another governor (${dao.governor}), not this DAO's: it cannot be counted here.`,
      )
      .waitFor({ timeout: 90_000 });
    expect(await refusal.getByRole("listitem").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Submit ballot" }).count()).toBe(0);
    expect(await page.getByText(/Could not check the ballot/).count()).toBe(0);
    page.off("request", onRequest);
    expect(ballotReads).toBe(0);
    await page.close();
  });
});
