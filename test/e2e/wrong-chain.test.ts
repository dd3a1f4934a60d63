import { join } from "node:path";
import type { Page } from "playwright-core";
import { type Address, createPublicClient, createWalletClient, http } from "viem";
import { foundry } from "viem/chains";
import { beforeAll, describe, expect, it } from "vitest";
import { ballotTypedData } from "@/contracts/ballot-eip712";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ballotToLinkParam } from "@/domain/votes/ballot";
import { rpcCall } from "../chaos/anvil";
import type { SecondChain } from "../support/app-stack";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { type SendCounter, watchSends } from "../support/wrong-chain-watch";

// The wallet starts on chain B (a second anvil with the same funded accounts, so a transaction sent there would
// succeed: exactly the mistake to rule out) while every DAO lives on the devnet, chain A.
const env = setupE2eEnv();
let chainB: SecondChain;
let sends: SendCounter;
const _docs = join(import.meta.dirname, "..", "..", "docs", "screenshots");

beforeAll(async () => {
  chainB = await env().secondChain();
  const { context } = env().browser;
  // As if the person had added chain B's RPC in Settings: the Devnet wallet then offers it as a network.
  await context.addInitScript(
    (entry) => {
      localStorage.setItem("plenum.rpc.v1", JSON.stringify(entry.rpc));
      // ...and the wallet is already on chain B when the page opens, as an extension wallet keeps its network.
      localStorage.setItem("plenum.devnet-wallet.chain.v1", String(entry.chainId));
    },
    { rpc: { [chainB.chainId]: [chainB.rpcUrl] }, chainId: chainB.chainId },
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
const _NOT_SIGNED = /You refused to switch your wallet to Plenum devnet \(31337\), so nothing was signed\./;

/** A ballot `voter` signs in their own wallet (anvil signs for its unlocked account), as a link parameter. */
async function signedBallotParam(proposalId: bigint, voter: Address): Promise<string> {
  const { dao, client, wallet, info } = devnet();
  const gov = { address: dao.governor, abi: ozGovernorAbi } as const;
  const [, name, version] = await client.readContract({ ...gov, functionName: "eip712Domain" });
  const nonce = await client.readContract({ ...gov, functionName: "nonces", args: [voter] });
  const ballot = { proposalId, support: 0, voter, nonce };
  const domain = { name, version, chainId: info.chainId, verifyingContract: dao.governor };
  const signature = await wallet.signTypedData({ account: voter, ...ballotTypedData(domain, ballot) });
  return ballotToLinkParam({ ...ballot, chainId: info.chainId, governor: dao.governor, signature });
}

async function openProposal(page: Page, title: string) {
  await page.getByLabel("Search").fill(title);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

describe("with the wallet on another chain, no write reaches either chain until it is on the DAO's", () => {
  it("submitting someone's signed ballot asks to switch; refused, nothing is sent", async () => {
    const { base, who } = devnet();
    const page = await onChainB(`${base}/proposals`, "Ada Okafor");
    await openProposal(page, "Grant: open bias evaluation suite, phase 2");
    const proposalId = BigInt(page.url().split("/").pop() ?? "0");
    const param = await signedBallotParam(proposalId, who("Jonas Weber"));
    await page.goto(`${env().appUrl}${base}/proposals/${proposalId}?ballot=${param}`);
    await page
      .getByText("The signature is valid and the ballot can be counted now.")
      .waitFor({ timeout: 30_000 });
    const submit = () => page.getByRole("button", { name: "Submit ballot" }).click();
    await refuseSwitch(page, who("Ada Okafor"), submit, NOT_SENT);
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
