import type { Page } from "playwright-core";
import { type Address, createPublicClient, createWalletClient, http } from "viem";
import { foundry } from "viem/chains";
import { beforeAll, expect } from "vitest";
import { ballotTypedData } from "@/contracts/ballot-eip712";
import { delegationTypedData } from "@/contracts/delegation-eip712";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { delegationToJson } from "@/domain/delegation/signed-delegation";
import { ballotToLinkParam } from "@/domain/votes/ballot";
import { rpcCall } from "../chaos/anvil";
import type { SecondChain } from "../support/app-stack";
import { advanceDevnetTime, connectDevnetWallet } from "../support/devnet-wallet";
import { setupE2eEnv } from "../support/e2e-env";
import { type SendCounter, watchSends } from "../support/wrong-chain-watch";

/** What the app says when the person refuses the switch, for a transaction and for a signature. */
export const NOT_SENT = /You refused to switch your wallet to Plenum devnet \(31337\), so nothing was sent\./;
export const NOT_SIGNED =
  /You refused to switch your wallet to Plenum devnet \(31337\), so nothing was signed\./;

const num = (hex: string) => Number(BigInt(hex));

/**
 * The wrong-chain e2e world: the devnet (chain A, every DAO), a second anvil (chain B, 31338, same funded
 * accounts, so a transaction sent there would succeed: exactly the mistake to rule out) known to the app as
 * if added in Settings, and a count of what reached each node. The Devnet wallet starts wherever it is put
 * (`startWalletOnChainB`).
 */
export function setupWrongChain() {
  const env = setupE2eEnv();
  let chainB: SecondChain | null = null;
  let sends: SendCounter | null = null;
  beforeAll(async () => {
    chainB = await env().secondChain();
    const { context } = env().browser;
    await context.addInitScript((rpc) => localStorage.setItem("plenum.rpc.v1", JSON.stringify(rpc)), {
      [chainB.chainId]: [chainB.rpcUrl],
    });
    sends = watchSends(context, { a: env().info.rpcUrl, b: chainB.rpcUrl });
    // Past the timelock delay of the queued grant, so Execute is offered (one block mined).
    await advanceDevnetTime(env().info.rpcUrl, 2 * 24 * 3600 + 60);
  });
  const b = () => {
    if (!chainB || !sends) throw new Error("the wrong-chain setup did not run");
    return { chainB, sends };
  };

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

  /** An account's nonce and the height of both chains, and what reached each node: any write changes one. */
  async function chainState(account: Address) {
    const { chainB, sends } = b();
    const a = env().info.rpcUrl;
    const [nonceA, nonceB, blockA, blockB] = await Promise.all([
      rpcCall<string>(a, "eth_getTransactionCount", [account, "latest"]).then(num),
      rpcCall<string>(chainB.rpcUrl, "eth_getTransactionCount", [account, "latest"]).then(num),
      rpcCall<string>(a, "eth_blockNumber").then(num),
      rpcCall<string>(chainB.rpcUrl, "eth_blockNumber").then(num),
    ]);
    const [sentA, sentB] = [sends.count("a"), sends.count("b")];
    const [signedA, signedB] = [sends.signatures("a"), sends.signatures("b")];
    return { nonceA, nonceB, blockA, blockB, sentA, sentB, signedA, signedB };
  }

  /** From now on every page opens with the Devnet wallet already on chain B, as an extension keeps its network. */
  function startWalletOnChainB() {
    beforeAll(async () => {
      await env().browser.context.addInitScript((chainId) => {
        localStorage.setItem("plenum.devnet-wallet.chain.v1", String(chainId));
      }, b().chainB.chainId);
    });
  }

  /** Opens a page with the Devnet wallet connected on chain B as `name`; the header says so and offers the switch. */
  async function onChainB(hash: string, name: string): Promise<Page> {
    const { chainB } = b();
    const page = await env().open(hash);
    await connectDevnetWallet(page, name, { chainId: chainB.chainId });
    const banner = page.getByRole("banner");
    await banner.getByText(`Wallet on chain ${chainB.chainId}`).waitFor({ timeout: 60_000 });
    await banner.getByRole("button", { name: "Switch to Plenum devnet" }).waitFor();
    return page;
  }

  /** Clicks a write, refuses the wallet's switch prompt, sees `words`, and checks that nothing reached either chain. */
  async function refuseSwitch(page: Page, account: Address, click: () => Promise<void>, words: RegExp) {
    const before = await chainState(account);
    await click();
    const prompt = page.getByRole("dialog", { name: "Switch network?" });
    await prompt.waitFor({ timeout: 60_000 });
    const id = b().chainB.chainId;
    expect(await prompt.textContent()).toContain(`from chain ${id} (${id}) to Plenum devnet (31337)`);
    await prompt.getByRole("button", { name: "Refuse" }).click();
    await page.getByText(words).first().waitFor({ timeout: 60_000 });
    expect(await chainState(account)).toEqual(before);
  }

  /** A ballot `voter` signs in their own wallet (anvil signs for its unlocked account), as a link parameter. */
  async function signedBallotParam(proposalId: bigint, voter: Address): Promise<string> {
    const { dao, client, wallet, info } = devnet();
    const gov = { address: dao.governor, abi: ozGovernorAbi } as const;
    const [[, name, version], nonce] = await Promise.all([
      client.readContract({ ...gov, functionName: "eip712Domain" }),
      client.readContract({ ...gov, functionName: "nonces", args: [voter] }),
    ]);
    const ballot = { proposalId, support: 0, voter, nonce };
    const domain = { name, version, chainId: info.chainId, verifyingContract: dao.governor };
    const signature = await wallet.signTypedData({ account: voter, ...ballotTypedData(domain, ballot) });
    return ballotToLinkParam({ ...ballot, chainId: info.chainId, governor: dao.governor, signature });
  }

  /** A delegation `holder` signs in their own wallet, valid for a day of the devnet's clock, as JSON. */
  async function signedDelegationJson(holder: Address, delegatee: Address): Promise<string> {
    const { dao, client, wallet, info } = devnet();
    const token = { address: dao.token, abi: ozVotesTokenAbi } as const;
    // The devnet's clock is ahead of the wall clock (moved 2 days on above, for Execute): expiry by its clock.
    const [[, name, version], nonce, head] = await Promise.all([
      client.readContract({ ...token, functionName: "eip712Domain" }),
      client.readContract({ ...token, functionName: "nonces", args: [holder] }),
      client.getBlock(),
    ]);
    const message = { delegatee, nonce, expiry: head.timestamp + 86_400n };
    const domain = { name, version, chainId: info.chainId, verifyingContract: dao.token };
    const signature = await wallet.signTypedData({
      account: holder,
      ...delegationTypedData(domain, message),
    });
    return delegationToJson({
      ...message,
      chainId: info.chainId,
      token: dao.token,
      delegator: holder,
      signature,
    });
  }

  return {
    env,
    devnet,
    chainB: () => b().chainB,
    chainState,
    startWalletOnChainB,
    onChainB,
    refuseSwitch,
    signedBallotParam,
    signedDelegationJson,
  };
}

/** Finds a proposal by title in the list and opens it. */
export async function openProposal(page: Page, title: string) {
  await page.getByLabel("Search").fill(title);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor({ timeout: 60_000 });
}
