import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";
import { deployWalkDaos, type WalkDao } from "./page-walk-daos";
import { type ChainFacts, readChainFacts } from "./page-walk-facts";

// Issue #10: every page of every governor kind shows its content or a plain message within 30 s, whatever
// the contract answers. One browser page walks them all (hash navigations reuse the app and its caches).
const env = setupE2eEnv();
let daos: (WalkDao & { facts: ChainFacts })[] = [];

beforeAll(async () => {
  const deployed = await deployWalkDaos(env().info);
  daos = [];
  for (const d of deployed.daos)
    daos.push({ ...d, facts: await readChainFacts(env().info.rpcUrl, d, COMPOUND.has(d.key)) });
}, 300_000);

/** The walk's Compound-lineage governors, whose threshold, quorumVotes and tally are checked against reads. */
const COMPOUND = new Set(["alpha"]);
const BUSY = /(Loading|Reading|Replaying|Checking|Opening|Starting|Scanning|Retrying)[^.\n]*…/;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Waits (up to 30 s) until <main> has no busy marker, no "…ing…" line, and says everything `expect` asks
 * for; returns its text, spaces collapsed, either way. */
async function settled(page: Page, expect: RegExp[]): Promise<string> {
  await page
    .waitForFunction(
      ([busy, wanted]) => {
        const main = document.getElementById("main");
        if (!main || main.querySelector('[aria-busy="true"]')) return false;
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
        const text = main.innerText.replace(/\s+/g, " ");
        return !new RegExp(busy).test(text) && wanted.every((w) => new RegExp(w).test(text));
      },
      [BUSY.source, expect.map((e) => e.source)] as const,
      { timeout: 30_000, polling: 250 },
    )
    .catch(() => undefined);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
  return (await page.innerText("#main")).replace(/\s+/g, " ");
}

type Step = { page: string; path: string; expect: RegExp[] };

/** The pages of one DAO and what each must say: its content, with figures read from the chain where cheap. */
function steps(d: WalkDao & { facts: ChainFacts }): Step[] {
  const { symbol, supply, treasuryEth, holders } = d.facts;
  const kind: Record<string, RegExp[]> = {
    "ai-commons": [/Governor kind OpenZeppelin 5\.x/],
    "compute-guild": [/Clock timestamp \(seconds\)/],
    erc721: [/none: whole votes \(ERC-721: one NFT, one vote\)/],
    fractional: [/or a split of one's votes over the three/],
    compat: [/OpenZeppelin 4\.9, Bravo-compatible/],
    alpha: [/GovernorAlpha \(Compound-style\)/, /GovernorAlpha has no abstain/],
  };
  const { compound } = d.facts;
  // Compound's governors: the threshold and quorumVotes on the overview, the proposals(id) tally on the proposal.
  const rules = compound
    ? [
        new RegExp(`Proposal threshold ${esc(compound.threshold)}`),
        new RegExp(`\\(${esc(compound.quorum)}\\)`),
      ]
    : [];
  const tally = compound ? [new RegExp(esc(compound.tally))] : [];
  const tokenNote: RegExp[] =
    d.key === "erc721"
      ? [/This token has no decimals\(\): it is counted as an NFT voting token \(ERC721Votes\)/]
      : [];
  const treasuryNote: RegExp[] =
    COMPOUND.has(d.key) || d.key === "compat"
      ? [
          COMPOUND.has(d.key)
            ? /executes through Compound's Timelock, which has no TimelockController roles/
            : /Flows/,
        ]
      : [];
  const delegateNote: RegExp[] = d.key === "fractional" ? [/Split vote/, /voted in 2 of the last/] : [];
  return [
    {
      page: "overview",
      path: "/",
      expect: [new RegExp(`\\(${esc(symbol)}\\)`), ...(kind[d.key] ?? []), ...rules],
    },
    {
      page: "proposals",
      path: "/proposals",
      // GovernorAlpha has no Abstain: its rows' tally legends must not name one.
      expect: [
        /\d+ proposals?/,
        /^(?!.*Verification failed)/,
        ...(d.key === "alpha" ? [/^(?!.*Abstain)/] : []),
      ],
    },
    {
      page: "proposal",
      path: `/proposals/${d.proposalId}`,
      expect: [
        /Results/,
        /Voters \(\d+\)/,
        ...(d.proposalId < 1000n ? [new RegExp(`id #${d.proposalId} `)] : []),
        ...tally,
      ],
    },
    { page: "new", path: "/new", expect: [/New proposal/, /Funding grant/, /Pre-flight checks/] },
    { page: "drafts", path: "/drafts", expect: [/Drafts/, /Start a new proposal/] },
    {
      page: "token",
      path: "/token",
      expect: [/Total supply/, new RegExp(`Source: ${holders} balances replayed from`), ...tokenNote],
    },
    {
      page: "treasury",
      path: "/treasury",
      expect: [new RegExp(`ETH ${esc(treasuryEth)} eth_getBalance at block`), ...treasuryNote],
    },
    {
      page: "delegates",
      path: "/delegates",
      expect: [
        new RegExp(`Total supply ${esc(supply)}, replayed`),
        /✓ Verified at block [\d,]+: the delegates' votes/,
      ],
    },
    {
      page: "delegate",
      path: `/delegates/${d.delegate}`,
      expect: [
        new RegExp(`Voting power [\\d,]+ ${esc(symbol)}`),
        /Participation voted in \d+ of the last \d+/,
        ...delegateNote,
      ],
    },
    {
      page: "me",
      path: "/me",
      expect: [new RegExp(`Balance [\\d,.]+ ${esc(symbol)} Voting power now [\\d,.]+`)],
    },
    {
      page: "charter",
      path: "/charter",
      expect: [d.key === "ai-commons" ? /In force \(\d+\)/ : /No charter/],
    },
  ];
}

/** Both colour schemes at 1280 px and 390 px, to test-results/screenshots/kinds-<page>-<dao>-*.png. */
async function kindShots(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, `${name}-desktop-${scheme}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `${name}-mobile-${scheme}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
}

describe("every page of every governor kind", () => {
  it("shows its content or a plain message within 30 s, with no uncaught error", async () => {
    const page = await env().browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const problems: string[] = [];
    const times: string[] = [];
    for (const d of daos) {
      const base = `${env().appUrl}#/${env().info.chainId}/${d.governor}`;
      for (const s of steps(d)) {
        const where = `${d.key} ${s.page}`;
        const t0 = performance.now();
        await page.goto(`${base}${s.path}`);
        if (s.page === "me" && (await page.getByRole("button", { name: "Connect Wallet" }).count()) > 0)
          await connectDevnetWallet(page, d.walletName);
        const text = await settled(page, s.expect);
        if (BUSY.test(text)) problems.push(`${where}: still loading after 30 s`);
        times.push(`${where} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        for (const re of s.expect) if (!re.test(text)) problems.push(`${where}: no ${re} within 30 s`);
        if (errors.length > 0) problems.push(`${where}: page error ${errors.splice(0).join("; ")}`);
        if ((d.key === "erc721" || d.key === "alpha") && (s.page === "token" || s.page === "treasury"))
          await kindShots(page, `kinds-${s.page}-${d.key}`);
      }
    }
    console.log(`[walk] ${times.join(", ")}`);
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);
});
