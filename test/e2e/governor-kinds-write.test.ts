import type { Page } from "playwright-core";
import { type Address, createPublicClient, http, parseAbi } from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { rpcCall } from "../chaos/anvil";
import { type AlphaDao, deployAlphaDao } from "../support/bravo-alpha";
import { type CompatDao, deployCompatDao } from "../support/bravo-compat";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const MOBILE = { width: 390, height: 844 };
// Writes wait for a receipt and a resync on a shared 2-core machine: generous, never a sleep.
const SLOW = { timeout: 60_000 };
const STATES = ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"];
const stateAbi = parseAbi(["function state(uint256 proposalId) view returns (uint8)"]);
let alpha: AlphaDao;
let compat: CompatDao;

beforeAll(async () => {
  const { rpcUrl } = env().info;
  const accounts = env().info.accounts.map((a) => a.address);
  compat = await deployCompatDao(rpcUrl, accounts);
  alpha = await deployAlphaDao(rpcUrl, accounts);
}, 300_000);

/** The proposal's state() as the governor answers it now. */
async function chainState(governor: Address, id: bigint): Promise<string> {
  const client = createPublicClient({ transport: http(env().info.rpcUrl) });
  const value = await client.readContract({
    address: governor,
    abi: stateAbi,
    functionName: "state",
    args: [id],
  });
  return STATES[value] ?? `unknown ${value}`;
}

/** Mines blocks on the devnet (Alpha's voting period counts blocks). */
const mine = (blocks: number) => rpcCall(env().info.rpcUrl, "anvil_mine", [`0x${blocks.toString(16)}`]);

/** Reloads the page (to read the chain after moving it) and connects the wallet again if the reload dropped it. */
async function reload(page: Page, accountName: string) {
  await page.reload();
  const connected = page.getByRole("banner").getByRole("button", { name: new RegExp(accountName) });
  const connect = page.getByRole("button", { name: "Connect Wallet" });
  await connected.or(connect).first().waitFor(SLOW);
  if (await connect.isVisible()) await connectDevnetWallet(page, accountName);
}

/** Clicks a lifecycle button and waits for its receipt. */
async function send(page: Page, name: string) {
  const button = page.getByRole("button", { name, exact: true });
  await button.waitFor(SLOW);
  await expect.poll(() => button.isEnabled(), SLOW).toBe(true);
  await button.click();
  await page.getByText(/^Done: .* in block/).waitFor(SLOW);
}

/** Both colour schemes of the vote panel, desktop and 390 px. */
async function shots(page: Page, name: string) {
  const panel = page.getByRole("region", { name: "Your vote" });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.setViewportSize({ width: 1280, height: 800 });
    await panel.scrollIntoViewIfNeeded();
    await shot(page, `${name}-desktop-${scheme}`);
    await page.setViewportSize(MOBILE);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, `${name}-mobile-${scheme}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
}

/** The Results panel as a reader sees it, whitespace folded. */
async function results(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with breaks between blocks) is what a reader sees
  return (await page.getByRole("region", { name: "Results" }).innerText()).replace(/\s+/g, " ");
}

describe("voting, queue and execute on Compound-style governors, with real transactions", () => {
  it("Uniswap's GovernorAlpha: For/Against only, castVote(id, bool), queue(id), execute(id) after eta", async () => {
    const id = alpha.proposals.active;
    const url = `#/${env().info.chainId}/${alpha.governor}/proposals/${id}`;
    const page = await env().open(url);
    await page
      .getByRole("heading", { level: 1, name: "Alpha grant: governance portal hosting" })
      .waitFor(SLOW);
    expect(await results(page)).toMatch(/For 50,000,000 UNI Against 0 UNI/);
    // No Abstain row in Alpha's results, nor in its tally bar's legend.
    expect(await results(page)).not.toMatch(/Abstain [\d,]+ UNI/);
    await connectDevnetWallet(page, "Red Team Collective");
    await page.getByText(/^Voting power at snapshot: 20,000,000 UNI/).waitFor(SLOW);
    expect(await page.getByRole("radio", { name: "Abstain" }).count()).toBe(0);
    expect(await page.getByLabel(/Reason/).count()).toBe(0);
    await page.getByText("GovernorAlpha has only For and Against; no reasons.").waitFor();
    await page.getByText(/No vote-by-signature for GovernorAlpha in Plenum/).waitFor();
    expect(await page.getByRole("button", { name: "Sign ballot instead" }).count()).toBe(0);
    await page.getByRole("radio", { name: "For" }).check();
    await shots(page, "alpha-proposal");

    await page.getByRole("button", { name: "Vote For" }).click();
    await page.getByText(/Done: your vote was recorded in block/).waitFor(SLOW);
    await page.getByText(/^You voted For with 20,000,000 UNI/).waitFor(SLOW);
    await expect.poll(() => results(page), SLOW).toMatch(/For 70,000,000 UNI/);
    expect(await chainState(alpha.governor, id)).toBe("Active");

    await mine(45);
    expect(await chainState(alpha.governor, id)).toBe("Succeeded");
    await reload(page, "Red Team Collective");
    await send(page, "Queue for execution");
    expect(await chainState(alpha.governor, id)).toBe("Queued");
    await reload(page, "Red Team Collective");
    await page
      .getByText(/^Queued, executable from .* UTC until .* UTC: then the timelock's grace period of 14 days/)
      .waitFor(SLOW);
    await page.getByText(/^Executable from .* UTC \(in (1 day 23 h|2 days)/).waitFor(SLOW);
    expect(await page.getByRole("button", { name: "Execute", exact: true }).isDisabled()).toBe(true);

    await advanceDevnetTime(env().info.rpcUrl, 2 * 24 * 3600 + 60);
    await reload(page, "Red Team Collective");
    await send(page, "Execute");
    expect(await chainState(alpha.governor, id)).toBe("Executed");
    await page.close();
  });

  it("OZ 4.9 Bravo-compatible: For/Against/Abstain with a reason, queue and execute by content", async () => {
    const id = compat.proposals.active;
    const page = await env().open(`#/${env().info.chainId}/${compat.governor}/proposals/${id}`);
    await page.getByRole("heading", { level: 1, name: "Compat grant: docs sprint" }).waitFor(SLOW);
    await connectDevnetWallet(page, "Inferex Cloud");
    // 300k For joins Nadia's 210k For (200k + the 10k grant) and Omar's 100k Abstain.
    await page.getByText(/^Voting power at snapshot: 300,000 CPV/).waitFor(SLOW);
    await page.getByRole("radio", { name: "Abstain" }).waitFor();
    await page.getByText(/No signed ballots for OpenZeppelin 4.x governors in Plenum/).waitFor();
    await page.getByRole("radio", { name: "For" }).check();
    await page.getByLabel(/Reason/).fill("Docs are the cheapest onboarding.");
    await page.getByRole("button", { name: "Vote For" }).click();
    await page.getByText(/Done: your vote was recorded in block/).waitFor(SLOW);
    await page.getByText(/^You voted For with 300,000 CPV/).waitFor(SLOW);
    await expect.poll(() => results(page), SLOW).toMatch(/For 510,000 CPV Against 0 CPV Abstain 100,000 CPV/);
    await page.getByText("Docs are the cheapest onboarding.").first().waitFor(SLOW);
    expect(await chainState(compat.governor, id)).toBe("Active");

    await mine(205);
    expect(await chainState(compat.governor, id)).toBe("Succeeded");
    await reload(page, "Inferex Cloud");
    await send(page, "Queue for execution");
    expect(await chainState(compat.governor, id)).toBe("Queued");

    await advanceDevnetTime(env().info.rpcUrl, 120);
    await reload(page, "Inferex Cloud");
    await send(page, "Execute");
    expect(await chainState(compat.governor, id)).toBe("Executed");
    await page.close();
  });
});
