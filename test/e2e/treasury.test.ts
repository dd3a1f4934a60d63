import type { Page } from "playwright-core";
import { createPublicClient, createWalletClient, http, keccak256, parseAbiItem, toHex } from "viem";
import { describe, expect, it } from "vitest";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { axeScan } from "../support/axe-scan";
import { advanceDevnetTime } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const MOBILE = { width: 390, height: 844 };

const aiCommons = () => {
  const found = env().info.daos.find((d) => d.key === "aiCommons");
  if (!found?.timelock) throw new Error("devnet.json has no AI Commons with a timelock");
  return { ...found, timelock: found.timelock };
};
const treasuryHash = (query = "") => `#/${env().info.chainId}/${aiCommons().governor}/treasury${query}`;

/** Opens the treasury page and waits until its report is shown; console errors are collected. */
async function openTreasury(query = "", viewport?: { width: number; height: number }) {
  const errors: string[] = [];
  const page = await env().open("#/", viewport);
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${env().appUrl}${treasuryHash(query)}`);
  await page.getByRole("heading", { name: "Assets", level: 2 }).waitFor({ timeout: 60_000 });
  return { page, errors };
}

const text = async (page: Page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
  (await page.innerText("main")).replace(/\s+/g, " ");

const row = (page: Page, name: RegExp) =>
  page.getByRole("region", { name: "Assets", exact: true }).getByRole("row", { name });

describe("treasury page", () => {
  it("shows every asset with its source, reconciled, flows linked to proposals, no console errors, axe clean", async () => {
    const { page, errors } = await openTreasury();
    await page
      .getByText(/Reconciled at block/)
      .first()
      .waitFor();
    const t = await text(page);
    for (const symbol of ["ETH", "tUSD", "AIC"])
      expect(await row(page, new RegExp(`^${symbol}\\b`)).count(), symbol).toBe(1);
    expect(t).toMatch(/balanceOf at block \d/);
    expect(t).toMatch(/eth_getBalance at block \d/);
    expect(t).not.toMatch(/Logs give/); // no reconciliation warning
    // Grants paid by executed proposals, linked by their timelock operation ids.
    const flows = page.getByRole("region", { name: "Flows", exact: true });
    expect(await flows.getByRole("link", { name: /Open Eval|eval/i }).count()).toBeGreaterThan(0);
    expect(t).toContain("Every CallScheduled through block");
    expect(t).toMatch(/Committed: 1 proposal/);
    expect(t).toMatch(/Runway/);
    await axeScan(page, "treasury");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await shot(page, `treasury-desktop-${scheme}`);
    }
    await axeScan(page, "treasury, dark");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a 390 px screen", async () => {
    const { page } = await openTreasury("", MOBILE);
    await page
      .getByText(/Reconciled at block/)
      .first()
      .waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await shot(page, `treasury-mobile-${scheme}`);
    }
    await axeScan(page, "treasury (390 px)");
    await page.close();
  });

  it("?at= an early block shows the smaller, older balances and says which block it shows", async () => {
    const { rpcUrl } = env().info;
    const client = createPublicClient({ transport: http(rpcUrl) });
    // The block of the treasury's first tUSD (the genesis funding): later donations and grants are not in it.
    const [first] = await client.getLogs({
      address: aiCommons().stable,
      event: parseAbiItem("event Transfer(address indexed from, address indexed to, uint256 value)"),
      args: { to: aiCommons().timelock },
      fromBlock: 0n,
    });
    if (!first) throw new Error("the devnet treasury never received tUSD");
    const at = Number(first.blockNumber);
    const { page } = await openTreasury(`?at=${at}`);
    await page.getByText(`As of block ${at.toLocaleString("en-US")}`).waitFor();
    const tusd = (await row(page, /^tUSD\b/).textContent()) ?? "";
    expect(tusd).toContain("500,000"); // the genesis funding; the quarterly donation and grants came later
    expect(tusd).toMatch(/sum of \d+ Transfer logs|balanceOf at block/);
    expect(await page.getByRole("link", { name: "show the head" }).count()).toBe(1);
    await axeScan(page, "treasury ?at=");
    await page.close();
  });

  it("executing the queued grant links its outflow and empties the committed tier without a reload", async () => {
    const { page } = await openTreasury();
    await page.getByText(/Committed: 1 proposal/).waitFor();
    const { rpcUrl, accounts } = env().info;
    const gov = aiCommons().governor;
    const client = createPublicClient({ transport: http(rpcUrl) });
    const created = await client.getContractEvents({
      address: gov,
      abi: ozGovernorAbi,
      eventName: "ProposalCreated",
      fromBlock: 0n,
    });
    const queued = await Promise.all(
      created.map(async (c) => ({
        c,
        state: await client.readContract({
          address: gov,
          abi: ozGovernorAbi,
          functionName: "state",
          args: [c.args.proposalId ?? 0n],
        }),
      })),
    );
    const grant = queued.find((q) => q.state === 5)?.c.args;
    if (
      !grant?.proposalId ||
      !grant.targets ||
      !grant.values ||
      !grant.calldatas ||
      grant.description === undefined
    )
      throw new Error("no queued proposal on the devnet");
    const eta = await client.readContract({
      address: gov,
      abi: ozGovernorAbi,
      functionName: "proposalEta",
      args: [grant.proposalId],
    });
    const now = (await client.getBlock()).timestamp;
    await advanceDevnetTime(rpcUrl, Number(eta - now) + 60);
    const wallet = createWalletClient({ transport: http(rpcUrl) });
    const executor = accounts[0]?.address;
    if (!executor) throw new Error("no devnet account");
    const hash = await wallet.writeContract({
      chain: null,
      account: executor,
      address: gov,
      abi: ozGovernorAbi,
      functionName: "execute",
      args: [grant.targets, grant.values, grant.calldatas, keccak256(toHex(grant.description))],
    });
    await client.waitForTransactionReceipt({ hash });
    // The page polls the head every 12 s: the new outflow shows up linked, the committed tier empties.
    await page.getByText(/Committed: 0 proposals/).waitFor({ timeout: 40_000 });
    const title = grant.description.split("\n")[0]?.replace(/^#\s*/, "") ?? "";
    await page
      .getByRole("region", { name: "Flows", exact: true })
      .getByRole("link", { name: title })
      .first()
      .waitFor();
    await page.close();
  });
});
