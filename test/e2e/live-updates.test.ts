import type { Page } from "playwright-core";
import { type Address, encodeFunctionData, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { aiCommonsGovernorAbi } from "@/contracts/generated/ai-commons-governor";
import { rpcCall } from "../chaos/anvil";
import { setupE2eEnv } from "../support/e2e-env";

const env = setupE2eEnv();

/** Casts a vote from `voter` straight through the devnet's RPC, as another person's wallet would. */
async function voteElsewhere(rpcUrl: string, governor: Address, voter: Address, id: bigint, reason: string) {
  await rpcCall(rpcUrl, "anvil_impersonateAccount", [voter]);
  const data = encodeFunctionData({
    abi: aiCommonsGovernorAbi,
    functionName: "castVoteWithReason",
    args: [id, 0, reason],
  });
  const hash = await rpcCall<Hex>(rpcUrl, "eth_sendTransaction", [{ from: voter, to: governor, data }]);
  let receipt: { status: Hex } | null = null;
  for (let i = 0; i < 100 && !receipt; i++) {
    receipt = await rpcCall<{ status: Hex } | null>(rpcUrl, "eth_getTransactionReceipt", [hash]);
    if (!receipt) await new Promise((r) => setTimeout(r, 50));
  }
  expect(receipt?.status).toBe("0x1");
}

/** Opens the bias-evaluation proposal, has `voter` vote on it from outside the page, and waits for the vote
 * to appear on the open page (no reload, no navigation: the page's head poll brings it in). */
async function seesVoteCastElsewhere(
  page: Page,
  voterName: string,
  votersBefore: number,
  reason: string,
  withinMs: number,
) {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === "aiCommons");
  const voter = info.accounts.find((a) => a.name === voterName);
  if (!dao || !voter) throw new Error(`devnet.json lacks AI Commons or ${voterName}`);
  const title = "Grant: open bias evaluation suite, phase 2";
  await page.getByLabel("Search").fill(title);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { name: `Voters (${votersBefore})` }).waitFor({ timeout: 60_000 });
  const id = BigInt(page.url().split("/proposals/")[1]?.split(/[?#]/)[0] ?? "");
  await voteElsewhere(info.rpcUrl, dao.governor, voter.address, id, reason);
  await page.getByRole("heading", { name: `Voters (${votersBefore + 1})` }).waitFor({ timeout: withinMs });
  await page.getByRole("cell", { name: reason }).waitFor();
}

describe("live updates", () => {
  it("an open proposal page shows a vote cast elsewhere without a reload", async () => {
    const { info } = env();
    const dao = info.daos.find((d) => d.key === "aiCommons");
    const page = await env().open(`#/${info.chainId}/${dao?.governor}/proposals`);
    await seesVoteCastElsewhere(
      page,
      "Dana Whitfield",
      2,
      "Against: the phase 1 results are not published yet.",
      30_000, // the next head poll, at most 12 s away
    );
    await page.close();
  });

  it("over a WebSocket RPC shows it without a reload, subscribed to the node's new heads", async () => {
    const { info, browser } = env();
    const dao = info.daos.find((d) => d.key === "aiCommons");
    const ws = info.rpcUrl.replace(/^http/, "ws");
    const page = await browser.context.newPage();
    await page.addInitScript(
      (url) => localStorage.setItem("plenum.rpc.v1", JSON.stringify({ 31337: [url] })),
      ws,
    );
    const sent: string[] = [];
    page.on("websocket", (s) => {
      if (s.url().startsWith(ws)) s.on("framesent", (f) => sent.push(String(f.payload)));
    });
    await page.goto(`${env().appUrl}#/${info.chainId}/${dao?.governor}/proposals`);
    // The pushed head triggers the sync at once, well before the 12 s poll.
    await seesVoteCastElsewhere(
      page,
      "Jonas Weber",
      3,
      "Abstain until the evaluation budget is itemised.",
      // Well before the next 12 s poll: the pushed head's sync (or the one right after a fetch already in
      // flight, e.g. the list's prefetch of the treasury streams) brings it in.
      5_000,
    );
    // The app subscribed to the node's new heads and asked for the logs over the same socket.
    expect(sent.some((f) => f.includes('"eth_subscribe"') && f.includes('"newHeads"'))).toBe(true);
    expect(sent.some((f) => f.includes('"eth_getLogs"'))).toBe(true);
    await page.close();
  });
});
