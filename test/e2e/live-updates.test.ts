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
  const receipt = await rpcCall<{ status: Hex } | null>(rpcUrl, "eth_getTransactionReceipt", [hash]);
  expect(receipt?.status).toBe("0x1");
}

describe("live updates", () => {
  it("an open proposal page shows a vote cast elsewhere without a reload", async () => {
    const { info } = env();
    const dao = info.daos.find((d) => d.key === "aiCommons");
    const dana = info.accounts.find((a) => a.name === "Dana Whitfield");
    if (!dao || !dana) throw new Error("devnet.json lacks AI Commons or Dana");
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    const title = "Grant: open bias evaluation suite, phase 2";
    await page.getByLabel("Search").fill(title);
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { name: "Voters (2)" }).waitFor({ timeout: 60_000 });
    const id = BigInt(page.url().split("/proposals/")[1]?.split(/[?#]/)[0] ?? "");

    const reason = "Against: the phase 1 results are not published yet.";
    await voteElsewhere(info.rpcUrl, dao.governor, dana.address, id, reason);
    // No reload and no navigation: the page's head poll (every 12 s) brings the vote in.
    await page.getByRole("heading", { name: "Voters (3)" }).waitFor({ timeout: 30_000 });
    await page.getByRole("cell", { name: reason }).waitFor();
    await page.close();
  });
});
