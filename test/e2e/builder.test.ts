import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  erc20Abi,
  type Hex,
  http,
  keccak256,
  parseEther,
  parseUnits,
  stringToHex,
} from "viem";
import { describe, expect, it } from "vitest";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { rpcCall } from "../chaos/anvil";
import { launchBrowser } from "../support/browser";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const docs = join(import.meta.dirname, "..", "..", "docs", "screenshots");

function devnet(key: "aiCommons" | "computeGuild") {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === key);
  if (!dao) throw new Error(`devnet.json lacks ${key}`);
  const who = (name: string): Address => {
    const a = info.accounts.find((x) => x.name === name);
    if (!a) throw new Error(`no ${name}`);
    return a.address;
  };
  const client = createPublicClient({ transport: http(info.rpcUrl) });
  return { info, dao, who, client, base: `#/${info.chainId}/${dao.governor}` };
}

/** Opens the builder, waits until it has started a draft (the URL names it). */
async function openBuilder(base: string) {
  const page = await env().open(`${base}/new`);
  await page.getByRole("heading", { name: "New proposal" }).waitFor({ timeout: 60_000 });
  return page;
}

/** Fills grant line `i` (1-based). */
async function grantLine(page: Page, i: number, to: Address, asset: string, amount: string) {
  await page.getByLabel(`Recipient ${i} address`).fill(to);
  const select = page.getByLabel(`Recipient ${i} asset`);
  const value = await select
    .locator("option", { hasText: new RegExp(`^${asset} \\(`) })
    .getAttribute("value");
  await select.selectOption(value ?? "");
  await page.getByLabel(`Recipient ${i} amount`).fill(amount);
}

/** Connects the named account again after a reload unless the wallet reconnected by itself. */
async function reconnect(page: Page, name: string) {
  const banner = page.getByRole("banner");
  await banner
    .getByRole("button", { name: new RegExp(`Connect Wallet|${name}`) })
    .first()
    .waitFor({ timeout: 30_000 });
  if (await banner.getByRole("button", { name: "Connect Wallet" }).isVisible())
    await connectDevnetWallet(page, name);
}

/** Runs the pre-flight checks and returns the checklist's lines once they are in. */
async function preflight(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: /Run (pre-flight checks|the checks again)/ }).click();
  const list = page.getByRole("list", { name: "Pre-flight checklist" });
  await list.waitFor({ timeout: 60_000 });
  await page.getByText("Checking at the head…").waitFor({ state: "detached", timeout: 60_000 });
  return list.getByRole("listitem").allTextContents();
}

/** Sends a transaction from an unlocked devnet account through the RPC, as another wallet would. */
async function sendAs(from: Address, to: Address, data: Hex) {
  const { rpcUrl } = env().info;
  await rpcCall(rpcUrl, "anvil_impersonateAccount", [from]);
  const hash = await rpcCall<Hex>(rpcUrl, "eth_sendTransaction", [{ from, to, data, gas: "0x1e8480" }]);
  const receipt = await createPublicClient({ transport: http(rpcUrl) }).waitForTransactionReceipt({ hash });
  expect(receipt.status).toBe("success");
}

/** Deploys init code from an unlocked devnet account; returns the new contract's address. */
async function deploy(from: Address, data: Hex): Promise<Address> {
  const { rpcUrl } = env().info;
  await rpcCall(rpcUrl, "anvil_impersonateAccount", [from]);
  const hash = await rpcCall<Hex>(rpcUrl, "eth_sendTransaction", [{ from, data, gas: "0x30d40" }]);
  const receipt = await createPublicClient({ transport: http(rpcUrl) }).waitForTransactionReceipt({ hash });
  if (!receipt.contractAddress) throw new Error("no contract deployed");
  return receipt.contractAddress;
}

/** A screenshot kept in docs/screenshots/ (the README shows them). */
async function docShot(page: Page, name: string) {
  const path = await shot(page, name);
  mkdirSync(docs, { recursive: true });
  copyFileSync(path, join(docs, `${name}.png`));
}

const mine = (blocks: number) => rpcCall(env().info.rpcUrl, "anvil_mine", [`0x${blocks.toString(16)}`]);

describe("proposal builder", () => {
  it("drafts a grant and a ratification, shares it, simulates, publishes, and the executed proposal pays and ratifies", async () => {
    const { dao, who, client, base, info } = devnet("aiCommons");
    if (!dao.timelock || !dao.charter) throw new Error("AI Commons lacks a timelock or charter");
    const [evalLab, babel] = [who("Open Eval Lab"), who("Babel Translators")];
    const page = await openBuilder(base);
    await connectDevnetWallet(page, "Ada Okafor");
    const title = "Grant: multilingual safety evals, and an energy disclosure principle";
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Description (markdown)").fill("Pays **Open Eval Lab** and **Babel Translators**.");
    await page.getByRole("button", { name: "Funding grant" }).click();
    await grantLine(page, 1, evalLab, "tUSD", "1250.5");
    await page.getByRole("button", { name: "Add a recipient" }).click();
    await grantLine(page, 2, babel, "ETH", "2.5");
    await page.getByRole("button", { name: "Ratify a principle" }).click();
    await page.getByLabel("Principle title").fill("Energy disclosure for training runs");
    await page
      .getByLabel("Principle text")
      .fill("Every funded training run reports its energy use and where it came from.");
    const idLine = page.getByTestId("draft-proposal-id");
    await idLine.getByText(/Proposal id if you publish it now: \d+/).waitFor({ timeout: 30_000 });
    await shot(page, "builder-filled");

    // A reload keeps the draft (IndexedDB, autosaved on every change).
    await page.reload();
    await page.getByLabel("Title", { exact: true }).waitFor({ timeout: 60_000 });
    await reconnect(page, "Ada Okafor");
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(title);
    expect(await page.getByLabel("Recipient 2 amount").inputValue()).toBe("2.5");
    expect(await page.getByLabel("Principle title").inputValue()).toBe("Energy disclosure for training runs");
    await idLine.getByText(/Proposal id if you publish it now: \d+/).waitFor({ timeout: 30_000 });
    const proposalId = (await idLine.locator("code").textContent()) ?? "";

    // The share link, opened in a fresh browser (no IndexedDB, no wallet): same draft, read-only, same id.
    await page.getByRole("button", { name: "Make a share link" }).click();
    const link = await page.getByLabel(/^Share link/).inputValue();
    const fresh = await launchBrowser();
    try {
      const reader = await fresh.context.newPage();
      await reader.goto(link);
      await reader.getByRole("heading", { name: "Shared draft (read-only)" }).waitFor({ timeout: 60_000 });
      await reader.getByLabel("Recipient 1 amount").waitFor({ timeout: 30_000 });
      await shot(reader, "builder-shared");
      expect(await reader.getByLabel("Title", { exact: true }).inputValue()).toBe(title);
      expect(await reader.getByLabel("Title", { exact: true }).getAttribute("readonly")).not.toBeNull();
      expect(await reader.getByLabel("Recipient 1 amount").inputValue()).toBe("1250.5");
      await reader.getByRole("button", { name: "Save a copy" }).waitFor();
      const readerId = reader.getByTestId("draft-proposal-id");
      await readerId
        .getByText(/Proposal id if 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4} publishes it now/)
        .waitFor({ timeout: 30_000 });
      expect(await readerId.locator("code").textContent()).toBe(proposalId);
    } finally {
      await fresh.close();
    }

    // The simulation, as the timelock, shows the treasury paying exactly the amounts.
    const lines = await preflight(page);
    await shot(page, "builder-preflight");
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Your votes at [\d,]+ \(clock\(\) − 1\)/));
    expect(lines).toContainEqual(`Pass: Proposal id (computed locally): ${proposalId}`);
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Simulated as .* with eth_simulateV1/));
    for (const n of [1, 2, 3]) expect(lines).toContain(`Pass: Action ${n} succeeds.`);
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Treasury tUSD: −1,250\.5 \(/));
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Treasury ETH: −2\.5 \(/));
    expect(lines.some((l) => l.startsWith("Fail"))).toBe(false);

    await page.getByRole("button", { name: "Publish proposal" }).click();
    await page.waitForURL(new RegExp(`/proposals/${proposalId}$`), { timeout: 60_000 });
    await page.getByRole("heading", { level: 1, name: title }).waitFor({ timeout: 60_000 });
    await page.getByText(/Send 2\.5 ETH to/).waitFor({ timeout: 30_000 });
    // The actions are decoded one by one: wait for the last before reading them all.
    await page.locator(".action-fn", { hasText: "ratify" }).waitFor({ timeout: 30_000 });
    expect(await page.locator(".action-fn").allTextContents()).toEqual(["transfer", "ratify"]);
    await shot(page, "builder-published");

    await page.goto(`${env().appUrl}${base}/proposals`);
    await page.getByLabel("Search").fill("multilingual safety evals");
    const row = page.locator(".proposal-row", { hasText: title });
    await row.getByText("Pending", { exact: true }).waitFor({ timeout: 60_000 });
    // A charter ratification makes it an AI-ethics proposal (ethics wins over funding).
    await row.getByText("AI ethics", { exact: true }).waitFor();

    // Vote, queue and execute from the delegates' own wallets, the devnet's clock moved on.
    const args = await proposalContent(dao.governor, BigInt(proposalId));
    await mine(301);
    for (const d of ["Ada Okafor", "Bao Tran", "Chidi Mensah", "Dana Whitfield", "Jonas Weber"])
      await sendAs(
        who(d),
        dao.governor,
        encodeFunctionData({ abi: ozGovernorAbi, functionName: "castVote", args: [BigInt(proposalId), 1] }),
      );
    await mine(1801);
    const ada = who("Ada Okafor");
    await sendAs(ada, dao.governor, encodeFunctionData({ abi: ozGovernorAbi, functionName: "queue", args }));
    const delay = await client.readContract({
      address: dao.timelock,
      abi: ozTimelockAbi,
      functionName: "getMinDelay",
    });
    const [tusdBefore, ethBefore, countBefore] = await Promise.all([
      client.readContract({ address: dao.stable, abi: erc20Abi, functionName: "balanceOf", args: [evalLab] }),
      client.getBalance({ address: babel }),
      client.readContract({ address: dao.charter, abi: ethicsCharterAbi, functionName: "principleCount" }),
    ]);
    await advanceDevnetTime(info.rpcUrl, Number(delay) + 1);
    await sendAs(
      ada,
      dao.governor,
      encodeFunctionData({ abi: ozGovernorAbi, functionName: "execute", args }),
    );
    const [tusdAfter, ethAfter, countAfter] = await Promise.all([
      client.readContract({ address: dao.stable, abi: erc20Abi, functionName: "balanceOf", args: [evalLab] }),
      client.getBalance({ address: babel }),
      client.readContract({ address: dao.charter, abi: ethicsCharterAbi, functionName: "principleCount" }),
    ]);
    expect(tusdAfter - tusdBefore).toBe(parseUnits("1250.5", 6));
    expect(ethAfter - ethBefore).toBe(parseEther("2.5"));
    expect(countAfter).toBe(countBefore + 1n);
    const [ratified] = await client.readContract({
      address: dao.charter,
      abi: ethicsCharterAbi,
      functionName: "principle",
      args: [countBefore],
    });
    expect(ratified).toBe("Energy disclosure for training runs");
    await page.close();
  });

  it("an account under the threshold sees that line fail, a reverting action shows its reason, nothing is sent", async () => {
    const { dao, who, client, base } = devnet("aiCommons");
    if (!dao.charter) throw new Error("AI Commons lacks a charter");
    const mei = who("Mei Chen");
    const page = await openBuilder(base);
    await connectDevnetWallet(page, "Mei Chen");
    await page.getByLabel("Title", { exact: true }).fill("Retire a principle that does not exist");
    await page.getByRole("button", { name: "Raw calldata" }).click();
    await page.getByLabel("Target address").fill(dao.charter);
    await page
      .getByLabel("Calldata")
      .fill(encodeFunctionData({ abi: ethicsCharterAbi, functionName: "retire", args: [999n, "none"] }));
    const nonce = await client.getTransactionCount({ address: mei });
    const lines = await preflight(page);
    await shot(page, "builder-preflight-fail");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Fail: Your votes at [\d,]+ \(clock\(\) − 1\): 0; the proposal threshold is 1,000\./,
      ),
    );
    expect(lines).toContain("Fail: Action 1 reverts: UnknownPrinciple(999).");
    const publish = page.getByRole("button", { name: "Publish proposal" });
    expect(await publish.isDisabled()).toBe(true);
    await publish.click({ force: true });
    expect(await client.getTransactionCount({ address: mei })).toBe(nonce);
    await page.close();
  });

  it("bad input in the forms gets clear messages, and an empty draft cannot be checked", async () => {
    const { base, who } = devnet("aiCommons");
    const page = await openBuilder(base);
    await page.getByText(/No actions yet: a proposal needs at least one/).waitFor();
    await page.getByText("Add at least one valid action and a title to run the checks.").waitFor();
    await page.getByRole("button", { name: "Funding grant" }).click();
    const amount = page.getByLabel("Recipient 1 amount");
    const cases: [string, string][] = [
      ["1.1234567", "Too many decimals: this token has 6."],
      ["-5", "The amount cannot be negative."],
      ["0", "The amount must be more than zero."],
      ["1,5", '"1,5" is ambiguous: use a dot for decimals (1250.5), commas only between thousands.'],
      ["99999999999", "More than the treasury holds:"],
    ];
    await grantLine(page, 1, who("Open Eval Lab"), "tUSD", "1");
    for (const [typed, message] of cases) {
      await amount.fill(typed);
      await page.getByRole("alert").filter({ hasText: message }).waitFor();
    }
    await page.getByLabel("Recipient 1 address").fill("0x123");
    await page.getByRole("alert").filter({ hasText: "Not an address (0x and 40 hex digits)." }).waitFor();
    await page.getByRole("button", { name: "Contract call" }).click();
    await page.getByLabel("ABI (JSON, or one signature a line)").fill("[{");
    await page
      .getByRole("alert")
      .filter({ hasText: "The ABI starts like JSON but is not valid JSON." })
      .waitFor();
    await page.getByLabel("ABI (JSON, or one signature a line)").fill("function transfer(address to,");
    await page
      .getByRole("alert")
      .filter({ hasText: /Line 1 is not a valid signature/ })
      .waitFor();
    await page.getByText("A block has errors: fix them before the actions can be checked.").waitFor();
    await shot(page, "builder-bad-input");
    await page.close();
  });

  it("publishes a grant on Compute Guild (timestamp clock, no timelock) and the governor pays it", async () => {
    const { dao, who, client, base, info } = devnet("computeGuild");
    const coop = who("Fine-Tune Cooperative");
    const page = await openBuilder(base);
    await connectDevnetWallet(page, "Nadia Petrova");
    const title = "Grant: GPU hours for the Fine-Tune Cooperative";
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Description (markdown)").fill("Two weeks of GPU time and its power bill.");
    await page.getByRole("button", { name: "Funding grant" }).click();
    await grantLine(page, 1, coop, "tUSD", "4000");
    await page.getByRole("button", { name: "Add a recipient" }).click();
    await grantLine(page, 2, coop, "ETH", "0.75");
    const lines = await preflight(page);
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Your votes at [\d,]+ \(clock\(\) − 1\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Treasury tUSD: −4,000 \(/));
    expect(lines).toContainEqual(expect.stringMatching(/^Pass: Treasury ETH: −0\.75 \(/));
    expect(lines.some((l) => l.startsWith("Fail"))).toBe(false);
    await page.getByRole("button", { name: "Publish proposal" }).click();
    await page.waitForURL(/\/proposals\/\d+$/, { timeout: 60_000 });
    await page.getByRole("heading", { level: 1, name: title }).waitFor({ timeout: 60_000 });
    const id = BigInt(page.url().split("/").pop() ?? "0");
    const args = await proposalContent(dao.governor, id);
    await advanceDevnetTime(info.rpcUrl, 86_400 + 1);
    await sendAs(
      who("Nadia Petrova"),
      dao.governor,
      encodeFunctionData({ abi: ozGovernorAbi, functionName: "castVote", args: [id, 1] }),
    );
    await advanceDevnetTime(info.rpcUrl, 5 * 86_400 + 1);
    const [tusdBefore, ethBefore] = await Promise.all([
      client.readContract({ address: dao.stable, abi: erc20Abi, functionName: "balanceOf", args: [coop] }),
      client.getBalance({ address: coop }),
    ]);
    await sendAs(
      who("Nadia Petrova"),
      dao.governor,
      encodeFunctionData({ abi: ozGovernorAbi, functionName: "execute", args }),
    );
    expect(
      (await client.readContract({
        address: dao.stable,
        abi: erc20Abi,
        functionName: "balanceOf",
        args: [coop],
      })) - tusdBefore,
    ).toBe(parseUnits("4000", 6));
    expect((await client.getBalance({ address: coop })) - ethBefore).toBe(parseEther("0.75"));
    await page.close();
  });

  it("behind an EIP-1167 clone the contract call offers the implementation's functions; a Safe batch imports", async () => {
    const { dao, who, base, info } = devnet("aiCommons");
    if (!dao.charter) throw new Error("AI Commons lacks a charter");
    const clone = await deploy(
      who("Ada Okafor"),
      `0x3d602d80600a3d3981f3363d3d373d3d3d363d73${dao.charter.slice(2)}5af43d82803e903d91602b57fd5bf3`,
    );
    const page = await openBuilder(base);
    await page.getByRole("button", { name: "Contract call" }).click();
    await page.getByLabel("Target address").fill(clone);
    const note = page.getByTestId("proxy-note");
    await note
      .getByText(`Proxy (EIP-1167 clone) of ${dao.charter}`, { exact: false })
      .waitFor({ timeout: 30_000 });
    await note.getByRole("button", { name: /^Use the ABI of / }).click();
    const fn = page.getByLabel("Function");
    expect(await fn.locator("option").allTextContents()).toContainEqual(expect.stringMatching(/^ratify\(/));
    // A Safe Transaction Builder file for another chain is refused; one for this chain becomes a block.
    const batch = (chainId: string) => ({
      name: "batch.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          version: "1.0",
          chainId,
          createdAt: 1,
          meta: { name: "From Safe", txBuilderVersion: "1.18.2" },
          transactions: [
            {
              to: dao.stable,
              value: "0",
              data: null,
              contractMethod: {
                name: "transfer",
                payable: false,
                inputs: [
                  { internalType: "address", name: "to", type: "address" },
                  { internalType: "uint256", name: "value", type: "uint256" },
                ],
              },
              contractInputsValues: { to: who("Red Team Collective"), value: "7000000" },
            },
          ],
        }),
      ),
    });
    const file = page.getByLabel("Import a Safe Transaction Builder batch (JSON)");
    await file.setInputFiles(batch("1"));
    await page
      .getByText(`This Safe batch is for chain 1; this DAO is on chain ${info.chainId}.`, { exact: false })
      .waitFor();
    await file.setInputFiles(batch(String(info.chainId)));
    await page.getByText("Imported 1 action from batch.json.").waitFor();
    await page.getByText("1 imported action, kept exactly as imported.").waitFor();
    await page.close();
  });

  it("screenshots: builder, pre-flight and drafts, desktop and 390 px, light and dark", async () => {
    const { base, who } = devnet("aiCommons");
    const page = await openBuilder(base);
    await connectDevnetWallet(page, "Dana Whitfield");
    await page.getByLabel("Title", { exact: true }).fill("Grant: red-team exercises for open weights");
    await page
      .getByLabel("Description (markdown)")
      .fill("Two rounds of **red-teaming** before each open-weights release, reported publicly.");
    await page.getByRole("button", { name: "Funding grant" }).click();
    await grantLine(page, 1, who("Red Team Collective"), "tUSD", "18000");
    await page.getByRole("button", { name: "Add a recipient" }).click();
    await grantLine(page, 2, who("Open Eval Lab"), "ETH", "1.2");
    await preflight(page);
    const draftUrl = page.url();
    for (const scheme of ["light", "dark"] as const)
      for (const [kind, viewport] of [
        ["desktop", { width: 1280, height: 800 }],
        ["mobile", { width: 390, height: 844 }],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        await page.setViewportSize(viewport);
        if (page.url() !== draftUrl) {
          await page.goto(draftUrl);
          await preflight(page);
        }
        // The builder's own content stays inside the screen (the app header is checked by its own tests).
        const past = await page.evaluate(() =>
          [...document.querySelectorAll("main *")]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
            .map((e) => `${e.tagName}.${e.className}`),
        );
        expect(past, `builder elements past the right edge at ${kind}`).toEqual([]);
        await page.getByRole("heading", { name: "New proposal" }).scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollTo(0, 0));
        await docShot(page, `builder-${kind}-${scheme}`);
        await page.getByRole("heading", { name: "Pre-flight checks" }).evaluate((h) => h.scrollIntoView());
        await docShot(page, `preflight-${kind}-${scheme}`);
        await page.goto(`${env().appUrl}${base}/drafts`);
        await page.getByRole("table").waitFor({ timeout: 30_000 });
        await docShot(page, `drafts-${kind}-${scheme}`);
      }
    await page.close();
  });
});

/** A published proposal's targets, values, calldatas and description hash, from its ProposalCreated log. */
async function proposalContent(governor: Address, id: bigint) {
  const client = createPublicClient({ transport: http(env().info.rpcUrl) });
  const logs = await client.getContractEvents({
    address: governor,
    abi: ozGovernorAbi,
    eventName: "ProposalCreated",
    fromBlock: 0n,
  });
  const hit = logs.find((l) => l.args.proposalId === id);
  const a = hit?.args;
  if (!a?.targets || !a.values || !a.calldatas || a.description === undefined)
    throw new Error(`no ProposalCreated for ${id}`);
  return [a.targets, a.values, a.calldatas, keccak256(stringToHex(a.description))] as const;
}
