import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type Address, createPublicClient, createWalletClient, http } from "viem";
import { foundry } from "viem/chains";
import { describe, expect, it } from "vitest";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { delegationToJson } from "@/domain/delegation/signed-delegation";
import { connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();

function aiCommons() {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === "aiCommons");
  if (!dao) throw new Error("devnet.json lacks AI Commons");
  const who = (name: string): Address => {
    const a = info.accounts.find((x) => x.name === name);
    if (!a) throw new Error(`no ${name}`);
    return a.address;
  };
  const client = createPublicClient({ chain: foundry, transport: http(info.rpcUrl) });
  const delegateOf = (holder: Address) =>
    client.readContract({
      address: dao.token,
      abi: ozVotesTokenAbi,
      functionName: "delegates",
      args: [holder],
    });
  return { info, dao, who, client, delegateOf, base: `#/${info.chainId}/${dao.governor}` };
}

/** Waits until the leaderboard is computed from the fresh sync and checked against the chain. */
async function verified(page: Page) {
  await page
    .getByTestId("reconciliation")
    .filter({ hasText: /Verified at block/ })
    .waitFor({ timeout: 60_000 });
}

const number = async (page: Page, testId: string) =>
  // "1,234.5 AIC (12%)": the amount before the unit.
  Number(((await page.getByTestId(testId).textContent()) ?? "").trim().split(" ")[0]?.replace(/[,≈]/g, ""));

describe("delegation", () => {
  it("an idle holder opens the leaderboard, opens a delegate, delegates, and sees the power rise without a reload", async () => {
    const { base, who, delegateOf } = aiCommons();
    const page = await env().open(`${base}/delegates`);
    await verified(page);
    const idleBefore = await number(page, "idle-supply");
    await connectDevnetWallet(page, "Kavya Rao");
    await page.getByRole("link", { name: "Dana Whitfield" }).click();
    await page.getByRole("heading", { name: "Dana Whitfield" }).waitFor();
    await page.getByTestId("delegate-votes").waitFor({ timeout: 60_000 });
    const votesBefore = await number(page, "delegate-votes");
    const delegatorsBefore = await number(page, "delegate-delegators");
    await page.getByText(/Your 450,000 AIC start counting for Dana Whitfield/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Delegate", exact: true }).click();
    await page.getByText(/Done: the delegation was recorded/).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => number(page, "delegate-delegators"), { timeout: 30_000 })
      .toBe(delegatorsBefore + 1);
    await expect.poll(() => number(page, "delegate-votes"), { timeout: 30_000 }).toBe(votesBefore + 450_000);
    expect((await delegateOf(who("Kavya Rao"))).toLowerCase()).toBe(who("Dana Whitfield").toLowerCase());
    await page.getByRole("link", { name: "← All delegates" }).click();
    await expect.poll(() => number(page, "idle-supply"), { timeout: 30_000 }).toBe(idleBefore - 450_000);
    await page.close();
  });

  it("self-delegates from the me page", async () => {
    const { base, who, delegateOf } = aiCommons();
    const page = await env().open(`${base}/me`);
    await connectDevnetWallet(page, "Lars Eriksen");
    await page.getByText(/never chose a delegate/).waitFor({ timeout: 60_000 });
    await page.getByText(/start counting for yourself/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Delegate", exact: true }).click();
    await page.getByText(/Done: the delegation was recorded/).waitFor({ timeout: 30_000 });
    await page
      .getByTestId("me-history")
      .getByText(/delegated to itself/)
      .waitFor({ timeout: 30_000 });
    expect(await delegateOf(who("Lars Eriksen"))).toBe(who("Lars Eriksen"));
    await page.close();
  });

  it("two holders sign delegations, a third account submits both in one transaction; a replay sends nothing", async () => {
    const { info, dao, base, who, client, delegateOf } = aiCommons();
    // Mei signs in the app.
    const signer = await env().open(`${base}/delegates`);
    await verified(signer);
    await connectDevnetWallet(signer, "Mei Chen");
    await signer.getByLabel("Delegate address").fill(who("Jonas Weber"));
    await signer.getByRole("button", { name: "Sign instead (no gas)" }).click();
    const meiJson = await signer.getByLabel("Signed delegation JSON").inputValue({ timeout: 30_000 });
    await signer.close();
    // Elif signs in her own wallet elsewhere (anvil signs for its unlocked account).
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
    const expiry = BigInt(Math.floor(Date.now() / 1000) + 86_400);
    const wallet = createWalletClient({ chain: foundry, transport: http(info.rpcUrl) });
    const message = { delegatee: who("Bao Tran"), nonce, expiry };
    const signature = await wallet.signTypedData({
      account: elif,
      domain: { name, version, chainId: info.chainId, verifyingContract: dao.token },
      types: {
        Delegation: [
          { name: "delegatee", type: "address" },
          { name: "nonce", type: "uint256" },
          { name: "expiry", type: "uint256" },
        ],
      },
      primaryType: "Delegation",
      message,
    });
    const elifJson = delegationToJson({
      chainId: info.chainId,
      token: dao.token,
      delegator: elif,
      ...message,
      signature,
    });

    const submitter = await env().open(`${base}/delegates`);
    await verified(submitter);
    await connectDevnetWallet(submitter, "Hiro Tanaka");
    const box = submitter.getByLabel("Signed delegations (JSON or links, one per line)");
    await box.fill(`${meiJson}\n${elifJson}`);
    await expect.poll(() => submitter.getByText("ready").count(), { timeout: 30_000 }).toBe(2);
    const before = await client.getBlockNumber({ cacheTime: 0 });
    await submitter.getByRole("button", { name: "Submit 2 delegations in one transaction" }).click();
    await submitter
      .getByText(
        /Done: the delegations was recorded|Done: the delegations were recorded|Done: the delegations/,
      )
      .waitFor({ timeout: 30_000 });
    expect((await delegateOf(who("Mei Chen"))).toLowerCase()).toBe(who("Jonas Weber").toLowerCase());
    expect((await delegateOf(elif)).toLowerCase()).toBe(who("Bao Tran").toLowerCase());
    expect(await client.getBlockNumber({ cacheTime: 0 })).toBe(before + 1n); // one transaction, one block
    await shot(submitter, "delegations-submitted");

    // The same two again: each is named as replayed and nothing can be sent.
    const replay = await env().open(`${base}/delegates`);
    await connectDevnetWallet(replay, "Hiro Tanaka");
    await replay
      .getByLabel("Signed delegations (JSON or links, one per line)")
      .fill(`${meiJson}\n${elifJson}`);
    await expect.poll(() => replay.getByText(/nonce is used.*replay/).count(), { timeout: 30_000 }).toBe(2);
    expect(
      await replay.getByRole("button", { name: "Submit 2 delegations in one transaction" }).isDisabled(),
    ).toBe(true);
    expect(await client.getBlockNumber({ cacheTime: 0 })).toBe(before + 1n);
    await submitter.close();
    await replay.close();
  });

  it("screenshots: leaderboard, delegate page and me page, desktop and 390 px, light and dark", async () => {
    const { base, who } = aiCommons();
    const out = join(import.meta.dirname, "..", "..", "docs", "screenshots");
    mkdirSync(out, { recursive: true });
    const pages = {
      delegates: `${base}/delegates`,
      delegate: `${base}/delegates/${who("Ada Okafor")}`,
      me: `${base}/me?account=${who("Elif Demir")}`,
    };
    const sizes = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
    for (const [kind, hash] of Object.entries(pages))
      for (const [size, viewport] of Object.entries(sizes))
        for (const scheme of ["light", "dark"] as const) {
          const page = await env().browser.context.newPage();
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
          await page.goto(`${env().appUrl}${hash}`);
          if (kind === "me") await page.getByText(/Delegation history/).waitFor({ timeout: 60_000 });
          else if (kind === "delegate")
            await page.getByText("Voting power over time").waitFor({ timeout: 60_000 });
          else await verified(page);
          const name = `${kind}-${size}-${scheme}`;
          copyFileSync(await shot(page, name), join(out, `${name}.png`));
          await page.close();
        }
  });
});
