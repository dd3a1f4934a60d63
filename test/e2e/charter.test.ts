import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  keccak256,
  stringToHex,
} from "viem";
import { describe, expect, it } from "vitest";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { rpcCall } from "../chaos/anvil";
import { axeScan } from "../support/axe-scan";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const MOBILE = { width: 390, height: 844 };
const docs = join(import.meta.dirname, "..", "..", "docs", "screenshots");

const dao = (key: "aiCommons" | "computeGuild") => {
  const found = env().info.daos.find((d) => d.key === key);
  if (!found) throw new Error(`devnet.json has no ${key}`);
  return found;
};

/** Opens a page that records console errors, in the given colour scheme. */
async function openCharter(
  key: "aiCommons" | "computeGuild",
  scheme: "light" | "dark",
  viewport?: typeof MOBILE,
) {
  const page = await env().browser.context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize(viewport ?? { width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  await page.goto(`${env().appUrl}#/${env().info.chainId}/${dao(key).governor}/charter`);
  return { page, errors };
}

async function screenshot(page: Page, name: string) {
  const path = await shot(page, name);
  mkdirSync(docs, { recursive: true });
  copyFileSync(path, join(docs, `${name}.png`));
}

/** Sends a transaction from an unlocked devnet account straight through the RPC, as another wallet would. */
async function sendElsewhere(from: Address, to: Address, data: Hex) {
  const { rpcUrl } = env().info;
  await rpcCall(rpcUrl, "anvil_impersonateAccount", [from]);
  const hash = await rpcCall<Hex>(rpcUrl, "eth_sendTransaction", [{ from, to, data }]);
  const client = createPublicClient({ transport: http(rpcUrl) });
  const receipt = await client.waitForTransactionReceipt({ hash });
  expect(receipt.status).toBe("success");
}

describe("charter page", () => {
  it("shows AI Commons' principles, retired ones and pending changes, light and dark, axe clean", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const { page, errors } = await openCharter("aiCommons", scheme);
      await page.getByRole("heading", { name: /^In force \(\d+\)$/ }).waitFor({ timeout: 60_000 });
      await page.getByRole("heading", { name: "Retired (1)" }).waitFor();
      await page.getByText(/Checked at block [\d,]+: the \d+ principles replayed from logs equal/).waitFor();
      const retired = page.locator(".principle-retired");
      await expect(retired.locator("h3 s").textContent()).resolves.toBe("Model release review");
      await retired.getByText(/Superseded by 'Staged release/).waitFor();
      // Linked to the proposal that ratified it, through the execution's transaction.
      const human = page.locator(".principle", { hasText: "Human oversight of automated decisions" });
      const link = human.getByRole("link").first();
      expect(await link.getAttribute("href")).toMatch(/\/proposals\/\d+$/);
      await human.getByText("Text", { exact: true }).click();
      await human.getByText(/named human accountable/).waitFor();
      await human.getByText(/Content hash: matches \(keccak256/).waitFor();
      await page.getByRole("heading", { name: /^Pending changes \(\d+\)$/ }).waitFor();
      await page
        .getByRole("link", { name: /Transparency reports/ })
        .first()
        .waitFor();
      await page.getByRole("heading", { name: "Principles over time" }).waitFor();
      await page.locator(".recharts-line").first().waitFor();
      await axeScan(page, `charter (${scheme})`);
      await screenshot(page, `charter-desktop-${scheme}`);
      await page.getByRole("heading", { name: "Principles over time" }).scrollIntoViewIfNeeded();
      await screenshot(page, `charter-chart-desktop-${scheme}`);
      await page.getByRole("button", { name: "Show table" }).click();
      await page.getByRole("columnheader", { name: "In force" }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("fits 390 px and shows the charter as of a past block", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const { page, errors } = await openCharter("aiCommons", scheme, MOBILE);
      await page.getByRole("heading", { name: /^In force \(\d+\)$/ }).waitFor({ timeout: 60_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
      await axeScan(page, `charter 390 px (${scheme})`);
      await screenshot(page, `charter-mobile-${scheme}`);
      expect(errors).toEqual([]);
      await page.close();
    }
    const { page } = await openCharter("aiCommons", "light");
    await page.goto(`${env().appUrl}#/${env().info.chainId}/${dao("aiCommons").governor}/charter?at=1`);
    await page.getByText("The charter as it stood at block 1.").waitFor({ timeout: 60_000 });
    await page.getByRole("link", { name: "Show the head" }).waitFor();
    await page.goto(`${env().appUrl}#/${env().info.chainId}/${dao("aiCommons").governor}/charter?at=soon`);
    await page.getByText(/“soon” is not a block number/).waitFor({ timeout: 60_000 });
    await page.close();
  });

  it("a principle ratified by executing a proposal appears, linked, without a reload", async () => {
    const aic = dao("aiCommons");
    if (!aic.timelock || !aic.charter) throw new Error("AI Commons lacks a timelock or charter");
    const { page } = await openCharter("aiCommons", "light");
    await page.getByRole("heading", { name: /^In force \(\d+\)$/ }).waitFor({ timeout: 60_000 });
    const before = await page.locator(".principle:not(.principle-retired)").count();
    const client = createPublicClient({ transport: http(env().info.rpcUrl) });
    const created = await client.getContractEvents({
      address: aic.governor,
      abi: ozGovernorAbi,
      eventName: "ProposalCreated",
      fromBlock: 0n,
    });
    const target = created.find((e) =>
      e.args.description?.startsWith("# Ratify principle: Transparency reports"),
    );
    const a = target?.args;
    if (!a?.targets || !a.values || !a.calldatas || !a.description)
      throw new Error("no transparency proposal");
    const args = [a.targets, a.values, a.calldatas, keccak256(stringToHex(a.description))] as const;
    const executor = env().info.accounts[0]?.address;
    if (!executor) throw new Error("no devnet account");
    await sendElsewhere(
      executor,
      aic.governor,
      encodeFunctionData({ abi: ozGovernorAbi, functionName: "queue", args }),
    );
    const delay = await client.readContract({
      address: aic.timelock,
      abi: ozTimelockAbi,
      functionName: "getMinDelay",
    });
    await advanceDevnetTime(env().info.rpcUrl, Number(delay) + 1);
    await sendElsewhere(
      executor,
      aic.governor,
      encodeFunctionData({ abi: ozGovernorAbi, functionName: "execute", args }),
    );
    const item = page.locator(".principle:not(.principle-retired)", { hasText: "Transparency reports" });
    await item.waitFor({ timeout: 45_000 });
    expect(await page.locator(".principle:not(.principle-retired)").count()).toBe(before + 1);
    const link = item.getByRole("link", { name: /Transparency reports/ });
    expect(await link.getAttribute("href")).toBe(
      `#/${env().info.chainId}/${aic.governor}/proposals/${a.proposalId}`,
    );
    await page.close();
  });

  it("offers Compute Guild 'Adopt a charter' and deploys one owned by its governor", async () => {
    const cg = dao("computeGuild");
    const { page, errors } = await openCharter("computeGuild", "light");
    await page.getByRole("heading", { name: "No charter" }).waitFor({ timeout: 60_000 });
    await axeScan(page, "Compute Guild charter");
    await connectDevnetWallet(page, "Bao Tran");
    await page.getByRole("button", { name: "Adopt a charter" }).click();
    const deployed = page.getByText(/Charter deployed at 0x[0-9a-fA-F]{40}/);
    await deployed.waitFor({ timeout: 30_000 });
    const address = (await deployed.textContent())?.match(/0x[0-9a-fA-F]{40}/)?.[0] as Address | undefined;
    if (!address) throw new Error("no deployed address shown");
    const client = createPublicClient({ transport: http(env().info.rpcUrl) });
    const owner = await client.readContract({ address, abi: ethicsCharterAbi, functionName: "owner" });
    expect(owner.toLowerCase()).toBe(cg.governor.toLowerCase());
    const builder = page.getByRole("link", { name: "Propose its first principle" }).first();
    expect(await builder.getAttribute("href")).toBe(
      `#/${env().info.chainId}/${cg.governor}/new?template=charter&charter=${getAddress(address)}`,
    );
    // Remembered in this browser: after a reload the page lists the charter before any proposal targets it.
    await page.reload();
    await page.getByText(`${getAddress(address)} has no principles yet.`).waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
