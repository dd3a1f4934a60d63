import type { Page } from "playwright-core";
import { createPublicClient, formatUnits, http, type PublicClient } from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { type AuditDao, deployAuditDao } from "../support/audit-dao";
import { tokenTruth, treasuryTruth } from "../support/audit-reference";
import { setupE2eEnv } from "../support/e2e-env";

const env = setupE2eEnv();
let dao: AuditDao;
let client: PublicClient;

beforeAll(async () => {
  // The audit DAO, deployed after the devnet's seed: the app is only given its governor's address.
  dao = await deployAuditDao(env().info.rpcUrl);
  client = createPublicClient({ transport: http(env().info.rpcUrl) });
}, 300_000);

/** The auditor's own rendering of an amount: en-US grouping, no trailing zeros (fixture amounts are round). */
function shown(raw: bigint, decimals: number): string {
  const [whole = "0", fraction = ""] = formatUnits(raw, decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cut = fraction.replace(/0+$/, "");
  return cut ? `${grouped}.${cut}` : grouped;
}

const hash = (page: string, query = "") => `#/${env().info.chainId}/${dao.governor}/${page}${query}`;
const oneLine = (s: string | null) => (s ?? "").replace(/\s+/g, " ");

/** A chart's table view (by the chart's title), opened if it is not already (the view survives a change of
 * the chart's asset), as its cells' texts. */
async function chartCells(page: Page, title: string): Promise<string[]> {
  const figure = page.getByRole("figure", { name: title, exact: true });
  const toggle = figure.getByRole("button", { name: /^Show (table|chart)$/ });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  const cells = await figure
    .getByRole("region", { name: `${title}: table` })
    .locator("td")
    .allTextContents();
  return cells.map((c) => oneLine(c).trim());
}

/** The block a page says it shows, from its "block 1,234" line. */
async function shownBlock(page: Page, testId: string): Promise<number> {
  const m = oneLine(await page.getByTestId(testId).textContent()).match(/block ([\d,]+)/);
  if (!m?.[1]) throw new Error(`no block on ${testId}`);
  return Number(m[1].replace(/,/g, ""));
}

/** A table cell showing `value`, alone or with its unit ("1,534,000" or "1,534,000 AUDC"). */
const hasCell = (cells: readonly string[], value: string) =>
  cells.some((c) => c === value || c.startsWith(`${value} `));

const traced = (to: number) =>
  Array.from({ length: to - dao.deployBlock + 1 }, (_, i) => dao.deployBlock + i);

describe("an outside auditor reads the audit DAO's pages", () => {
  it("treasury: every asset's balance and each asset's outflows (chart table) equal the reference", async () => {
    const page = await env().open(hash("treasury"));
    await page
      .getByText(/Reconciled at block/)
      .first()
      .waitFor({ timeout: 180_000 });
    const block = await shownBlock(page, "treasury-block");
    const truth = await treasuryTruth(client, env().info.rpcUrl, dao.timelock, block, traced(block));
    const assets = page.getByRole("region", { name: "Assets", exact: true });
    const rowOf = async (symbol: string) =>
      oneLine(await assets.getByRole("row", { name: new RegExp(`^${symbol}\\b`) }).textContent());
    const units = [
      ["AUDC", dao.token, 6],
      ["GRC", dao.grantCoin, 18],
    ] as const;
    for (const [symbol, address, decimals] of units) {
      const t = truth.erc20.get(address.toLowerCase());
      if (!t) throw new Error(`reference has no ${symbol}`);
      expect(await rowOf(symbol), symbol).toContain(shown(t.balance, decimals));
      await page.getByLabel("Charts show").selectOption({ label: symbol });
      // One month: the fixture's history is minutes long; every outflow is a proposal's grant ("funding").
      expect(await chartCells(page, `${symbol} outflows by month`), `${symbol} outflows`).toContain(
        `${shown(t.outflow, decimals)} ${symbol}`,
      );
    }
    expect(await rowOf("ETH")).toContain(shown(truth.eth.balance, 18));
    await page.getByLabel("Charts show").selectOption({ label: "ETH" });
    expect(await chartCells(page, "ETH outflows by month")).toContain(`${shown(truth.eth.outflow, 18)} ETH`);
    await page.close();
  });

  it("token: supply, minted and burned, holders and top delegates' power (chart tables) equal the reference", async () => {
    const page = await env().open(hash("token"));
    await page.getByRole("heading", { name: "Participation", level: 2 }).waitFor({ timeout: 180_000 });
    const t = await tokenTruth(client, dao.token, dao.head);
    const supply = await chartCells(page, "Total supply");
    expect(hasCell(supply, shown(t.totalSupply, 6)), `supply ${shown(t.totalSupply, 6)}: ${supply}`).toBe(
      true,
    );
    for (const burned of [5_000n, 1_000n])
      expect(hasCell(supply, shown(burned * 10n ** 6n, 6)), `burned ${burned}`).toBe(true);
    const holders = await chartCells(page, "Holders over time");
    expect(hasCell(holders, String(t.balances.size)), `holders ${t.balances.size}: ${holders}`).toBe(true);
    const power = await chartCells(page, "Top 5 delegates' power over time");
    for (const v of t.votes.values()) expect(hasCell(power, shown(v, 6)), `power ${shown(v, 6)}`).toBe(true);
    await page.close();
  });

  it.each([
    ["head", null],
    ["after the re-delegation", 1],
  ] as const)("delegates (%s): each delegate's power and delegators equal the reference", async (_, past) => {
    const at = past === null ? null : dao.past[past];
    const page = await env().open(hash("delegates", at === null ? "" : `?at=${at}`));
    const t = await tokenTruth(client, dao.token, at ?? dao.head);
    const [first] = [...t.votes.keys()];
    if (!first) throw new Error("no delegate");
    await page.getByTestId(`delegate-row-${first}`).waitFor({ timeout: 180_000 });
    for (const [who, votes] of t.votes) {
      const row = page.getByTestId(`delegate-row-${who}`);
      expect(oneLine(await row.getByTestId("votes").textContent()), who).toBe(`${shown(votes, 6)} AUDC`);
      expect(oneLine(await row.getByTestId("delegators").textContent()), who).toBe(
        String(t.delegators.get(who) ?? 0),
      );
    }
    expect(await page.locator('[data-testid^="delegate-row-"]').count()).toBe(
      new Set([...t.votes.keys(), ...t.delegators.keys()]).size,
    );
    await page.close();
  });
});
