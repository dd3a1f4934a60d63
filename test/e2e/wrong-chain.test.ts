import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type Address, createPublicClient, createWalletClient, type Hex, http } from "viem";
import { foundry } from "viem/chains";
import { beforeAll, describe, expect, it } from "vitest";
import { ballotTypedData } from "@/contracts/ballot-eip712";
import { delegationTypedData } from "@/contracts/delegation-eip712";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { delegationToJson } from "@/domain/delegation/signed-delegation";
import { ballotToLinkParam } from "@/domain/votes/ballot";
import { rpcCall } from "../chaos/anvil";
import type { SecondChain } from "../support/app-stack";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";
import { type SendCounter, watchSends } from "../support/wrong-chain-watch";

// The wallet starts on chain B (a second anvil with the same funded accounts, so a transaction sent there would
// succeed: exactly the mistake to rule out) while every DAO lives on the devnet, chain A.
const env = setupE2eEnv();
let chainB: SecondChain;
let sends: SendCounter;
const docs = join(import.meta.dirname, "..", "..", "docs", "screenshots");

beforeAll(async () => {
  chainB = await env().secondChain();
  const { context } = env().browser;
  // As if the person had added chain B's RPC in Settings: the Devnet wallet then offers it as a network.
  await context.addInitScript(
    (entry) => {
      localStorage.setItem("plenum.rpc.v1", JSON.stringify(entry));
    },
    { [chainB.chainId]: [chainB.rpcUrl] },
  );
  sends = watchSends(context, { a: env().info.rpcUrl, b: chainB.rpcUrl });
  // Past the timelock delay of the queued grant, so Execute is offered (one block mined).
  await advanceDevnetTime(env().info.rpcUrl, 2 * 24 * 3600 + 60);
});

function devnet(key: "aiCommons" | "computeGuild" = "aiCommons") {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === key);
  if (!dao) throw new Error(`devnet.json has no ${key}`);
  const who = (name: string): Address => {
    const a = info.accounts.find((x) => x.name === name);
    if (!a) throw new Error(`no ${name}`);
    return a.address;
  };
  const client = createPublicClient({ chain: foundry, transport: http(info.rpcUrl) });
  const wallet = createWalletClient({ chain: foundry, transport: http(info.rpcUrl) });
  return { info, dao, who, client, wallet, base: `#/${info.chainId}/${dao.governor}` };
}

/** Every account's nonce and both chains' heights: a transaction anywhere changes one of them. */
async function chainState(account: Address) {
  const num = (hex: string) => Number(BigInt(hex));
  const [nonceA, nonceB, blockA, blockB] = await Promise.all([
    rpcCall<string>(env().info.rpcUrl, "eth_getTransactionCount", [account, "latest"]).then(num),
    rpcCall<string>(chainB.rpcUrl, "eth_getTransactionCount", [account, "latest"]).then(num),
    rpcCall<string>(env().info.rpcUrl, "eth_blockNumber").then(num),
    rpcCall<string>(chainB.rpcUrl, "eth_blockNumber").then(num),
  ]);
  return { nonceA, nonceB, blockA, blockB, sentA: sends.count("a"), sentB: sends.count("b") };
}

/** Opens a page with the Devnet wallet connected on chain B as `name`; the header says so and offers the switch. */
async function onChainB(hash: string, name: string): Promise<Page> {
  const page = await env().open(hash);
  await connectDevnetWallet(page, name, { chainId: chainB.chainId });
  const banner = page.getByRole("banner");
  await banner.getByText(`Wallet on chain ${chainB.chainId}`).waitFor({ timeout: 30_000 });
  await banner.getByRole("button", { name: "Switch to Plenum devnet" }).waitFor();
  return page;
}

/** Clicks a write, refuses the wallet's switch prompt, sees `words`, and checks that nothing reached either chain. */
async function refuseSwitch(page: Page, account: Address, click: () => Promise<void>, words: RegExp) {
  const before = await chainState(account);
  await click();
  const prompt = page.getByRole("dialog", { name: "Switch network?" });
  await prompt.waitFor({ timeout: 30_000 });
  expect(await prompt.textContent()).toContain(
    `from chain ${chainB.chainId} (${chainB.chainId}) to Plenum devnet (31337)`,
  );
  await prompt.getByRole("button", { name: "Refuse" }).click();
  await page.getByText(words).first().waitFor({ timeout: 30_000 });
  expect(await chainState(account)).toEqual(before);
}

const NOT_SENT = /You refused to switch your wallet to Plenum devnet \(31337\), so nothing was sent\./;
const NOT_SIGNED = /You refused to switch your wallet to Plenum devnet \(31337\), so nothing was signed\./;

async function openProposal(page: Page, title: string) {
  await page.getByLabel("Search").fill(title);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

describe("with the wallet on another chain, no write reaches either chain until it is on the DAO's", () => {
  it("vote, vote with a reason and sign a ballot each ask to switch; refused, nothing is sent; then one vote is sent on A", async () => {
    const { base, who } = devnet();
    const chidi = who("Chidi Mensah");
    const page = await onChainB(`${base}/proposals`, "Chidi Mensah");
    await openProposal(page, "Grant: open bias evaluation suite, phase 2");
    await page.getByText(/^Voting power at snapshot/).waitFor({ timeout: 30_000 });
    await page.getByRole("radio", { name: "For" }).check();
    const vote = () => page.getByRole("button", { name: "Vote For" }).click();
    await refuseSwitch(page, chidi, vote, NOT_SENT);
    await page.getByLabel(/Reason/).fill("Sent from the wrong chain, this must not land anywhere.");
    await refuseSwitch(page, chidi, vote, NOT_SENT);
    const sign = () => page.getByRole("button", { name: "Sign ballot instead" }).click();
    await refuseSwitch(page, chidi, sign, NOT_SIGNED);
    expect(await page.getByLabel("Link").count()).toBe(0);

    // The prompt, as a voter sees it, for the docs.
    await vote();
    const prompt = page.getByRole("dialog", { name: "Switch network?" });
    await prompt.waitFor({ timeout: 30_000 });
    await page.getByText(/Asking your wallet to switch to Plenum devnet/).waitFor();
    mkdirSync(docs, { recursive: true });
    copyFileSync(await shot(page, "wrong-chain-desktop-light"), join(docs, "wrong-chain-desktop-light.png"));

    // Now allowed: the wallet switches, the header offer goes, and exactly one transaction lands on A.
    const before = await chainState(chidi);
    await prompt.getByRole("button", { name: "Switch to Plenum devnet" }).click();
    await page.getByText(/^Done: your vote was recorded in block/).waitFor({ timeout: 60_000 });
    await page.getByText(/^You voted For with/).waitFor({ timeout: 30_000 });
    const after = await chainState(chidi);
    expect(after).toEqual({
      ...before,
      nonceA: before.nonceA + 1,
      blockA: before.blockA + 1,
      sentA: before.sentA + 1,
    });
    expect(after.sentB).toBe(0);
    expect(await page.getByText(`Wallet on chain ${chainB.chainId}`).count()).toBe(0);
    await page.close();
  });

  it("submitting someone's signed ballot asks to switch; refused, nothing is sent", async () => {
    const { base, who, dao, client, wallet, info } = devnet();
    const page = await onChainB(`${base}/proposals`, "Ada Okafor");
    await openProposal(page, "Grant: open bias evaluation suite, phase 2");
    const proposalId = BigInt(page.url().split("/").pop() ?? "0");
    const jonas = who("Jonas Weber");
    const [, name, version] = await client.readContract({
      address: dao.governor,
      abi: ozGovernorAbi,
      functionName: "eip712Domain",
    });
    const nonce = await client.readContract({
      address: dao.governor,
      abi: ozGovernorAbi,
      functionName: "nonces",
      args: [jonas],
    });
    const ballot = { proposalId, support: 0, voter: jonas, nonce };
    const domain = { name, version, chainId: info.chainId, verifyingContract: dao.governor };
    const signature = await wallet.signTypedData({ account: jonas, ...ballotTypedData(domain, ballot) });
    const param = ballotToLinkParam({ ...ballot, chainId: info.chainId, governor: dao.governor, signature });
    await page.goto(`${env().appUrl}${base}/proposals/${proposalId}?ballot=${param}`);
    await page
      .getByText("The signature is valid and the ballot can be counted now.")
      .waitFor({ timeout: 30_000 });
    const submit = () => page.getByRole("button", { name: "Submit ballot" }).click();
    await refuseSwitch(page, who("Ada Okafor"), submit, NOT_SENT);
    await page.close();
  });

  it("delegate, delegate by signature and submitting a signed delegation each ask to switch; refused, nothing is sent", async () => {
    const { base, who, dao, client, wallet, info } = devnet();
    const kavya = who("Kavya Rao");
    const page = await onChainB(`${base}/delegates`, "Kavya Rao");
    await page.getByRole("link", { name: "Dana Whitfield" }).click();
    await page.getByText(/start counting for Dana Whitfield/).waitFor({ timeout: 60_000 });
    const delegate = () => page.getByRole("button", { name: "Delegate", exact: true }).click();
    await refuseSwitch(page, kavya, delegate, NOT_SENT);

    await page.goto(`${env().appUrl}${base}/delegates`);
    await page.getByLabel("Delegate address").fill(who("Jonas Weber"));
    const sign = () => page.getByRole("button", { name: "Sign instead (no gas)" }).click();
    await refuseSwitch(page, kavya, sign, NOT_SIGNED);

    // Elif signed elsewhere; Kavya, still on chain B, submits it.
    const elif = who("Elif Demir");
    const [, name, version] = await client.readContract({
      address: dao.token,
      abi: ozVotesTokenAbi,
      functionName: "eip712Domain",
    });
    const nonce = await client.readContract({
      address: dao.token,
      abi: ozVotesTokenAbi,
      functionName: "nonces",
      args: [elif],
    });
    const message = {
      delegatee: who("Bao Tran"),
      nonce,
      expiry: BigInt(Math.floor(Date.now() / 1000) + 86_400),
    };
    const domain = { name, version, chainId: info.chainId, verifyingContract: dao.token };
    const signature: Hex = await wallet.signTypedData({
      account: elif,
      ...delegationTypedData(domain, message),
    });
    const json = delegationToJson({
      ...message,
      chainId: info.chainId,
      token: dao.token,
      delegator: elif,
      signature,
    });
    await page.getByLabel("Signed delegations (JSON or links, one per line)").fill(json);
    await page.getByText("ready").waitFor({ timeout: 30_000 });
    const submit = () => page.getByRole("button", { name: "Submit delegation" }).click();
    await refuseSwitch(page, kavya, submit, NOT_SENT);
    await page.close();
  });

  it("queue, execute and cancel each ask to switch; refused, nothing is sent", async () => {
    const { base, who } = devnet();
    const dana = who("Dana Whitfield");
    const page = await onChainB(`${base}/proposals`, "Dana Whitfield");
    await openProposal(page, "Ratify principle: Transparency reports");
    const queue = () => page.getByRole("button", { name: "Queue for execution" }).click();
    await refuseSwitch(page, dana, queue, NOT_SENT);

    await page.goto(`${env().appUrl}${base}/proposals`);
    await openProposal(page, "Grant: compute credits for a community fine-tune");
    const execute = () => page.getByRole("button", { name: "Execute" }).click();
    await refuseSwitch(page, dana, execute, NOT_SENT);

    await page.goto(`${env().appUrl}${base}/proposals?state=Pending`);
    await page.getByRole("link", { name: /contest/i }).click();
    const cancel = () => page.getByRole("button", { name: "Cancel proposal" }).click();
    await refuseSwitch(page, dana, cancel, NOT_SENT);
    await page.close();
  });

  it("publishing from the builder and adopting a charter each ask to switch; refused, nothing is sent", async () => {
    const { base, who } = devnet();
    const ada = who("Ada Okafor");
    const page = await onChainB(`${base}/new`, "Ada Okafor");
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
    await refuseSwitch(page, ada, () => publish.click(), NOT_SENT);
    await page.getByText(/Your draft is kept/).waitFor();

    const guild = devnet("computeGuild");
    const bao = who("Bao Tran");
    const charter = await onChainB(`${guild.base}/charter`, "Bao Tran");
    await charter.getByRole("heading", { name: "No charter" }).waitFor({ timeout: 60_000 });
    const adopt = () => charter.getByRole("button", { name: "Adopt a charter" }).click();
    await refuseSwitch(charter, bao, adopt, NOT_SENT);
    await charter.close();
    await page.close();
  });
});
