import type { Page } from "playwright-core";
import {
  type Address,
  createPublicClient,
  createWalletClient,
  encodeAbiParameters,
  encodeFunctionData,
  erc20Abi,
  getAddress,
  type Hex,
  http,
  keccak256,
  parseAbi,
  stringToBytes,
} from "viem";
import { foundry } from "viem/chains";
import { beforeAll, describe, expect, it } from "vitest";
import { proposalId } from "../../scripts/devnet/governance";
import { ozGovernorAbi } from "../../src/contracts/generated/oz-governor";
import { rpcCall } from "../chaos/anvil";
import { compileMalicious } from "../fixtures/contracts-malicious/compile";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();
const fixtureAbi = parseAbi(["function ping()", "function forge(uint256 id, string description)"]);
const ids = new Map<string, bigint>();
let forgedId = 0n;

function aiCommons() {
  const { info } = env();
  const dao = info.daos.find((d) => d.key === "aiCommons");
  const ada = info.accounts.find((a) => a.name === "Ada Okafor");
  const lab = info.accounts.find((a) => a.role === "grantee");
  if (!dao?.timelock || !ada || !lab)
    throw new Error("devnet.json lacks AI Commons, its timelock, Ada or a grantee");
  return { info, dao: { ...dao, timelock: dao.timelock }, ada: ada.address, lab: lab.address };
}

/** Deploys every fixture, proposes one proposal per trick, and emits a forged ProposalCreated. */
async function setUp() {
  const { info, dao, ada, lab } = aiCommons();
  const transport = http(info.rpcUrl, { timeout: 120_000 });
  const wallet = createWalletClient({ chain: foundry, transport, account: ada });
  const client = createPublicClient({ chain: foundry, transport });
  const code = compileMalicious();
  const send = async (p: { to?: Address; data: Hex }) => {
    const hash = await wallet.sendTransaction({ ...p, gas: 5_000_000n });
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 50 });
    if (receipt.status !== "success") throw new Error("a fixture transaction reverted");
    return receipt;
  };
  const deploy = async (data: Hex) => {
    const a = (await send({ data })).contractAddress;
    if (!a) throw new Error("no contract address");
    return a;
  };
  const need = (name: string) => {
    const c = code[name];
    if (!c) throw new Error(`fixture ${name} did not compile`);
    return c;
  };
  const bomb = await deploy(need("Bomb"));
  const logic = await deploy(need("DelegatingLogic"));
  const args = encodeAbiParameters([{ type: "address" }, { type: "address" }], [logic, ada]);
  const proxy = await deploy(`${need("FixtureProxy")}${args.slice(2)}`);
  const forger = await deploy(need("Forger"));
  const empty = getAddress(keccak256(stringToBytes("plenum empty account")).slice(0, 42));
  const later = getAddress(keccak256(stringToBytes("plenum code later")).slice(0, 42));
  const tl = dao.timelock.toLowerCase();
  const lookAlike = getAddress(`0x${tl.slice(2, 6)}${"9".repeat(32)}${tl.slice(-4)}`);
  const ping = encodeFunctionData({ abi: fixtureAbi, functionName: "ping" });
  const pay = (to: Address, amount: bigint) =>
    encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [to, amount] });
  const proposals: [string, Address, Hex, string][] = [
    ["selfdestruct", bomb, ping, "# Malicious: routine maintenance call\n\nSame as before."],
    ["proxy", proxy, ping, "# Malicious: call through a proxy\n\nA harmless ping."],
    ["empty", empty, "0x", "# Malicious: call to an empty account\n\nNothing to see."],
    [
      "later",
      later,
      ping,
      "# Malicious: code that arrives later\n\nThe contract is deployed after the vote starts.",
    ],
    ["lookalike", dao.stable, pay(lookAlike, 1_000_000n), "# Malicious: pay the treasury back\n\n1 tUSD."],
    [
      "claim",
      dao.stable,
      pay(lab, 1_000_000n * 10n ** 6n),
      "# Malicious: Send 10 tUSD to the lab\n\nSend 10 tUSD.",
    ],
  ];
  for (const [key, target, calldata, description] of proposals) {
    await send({
      to: dao.governor,
      data: encodeFunctionData({
        abi: ozGovernorAbi,
        functionName: "propose",
        args: [[target], [0n], [calldata], description],
      }),
    });
    ids.set(
      key,
      proposalId([{ to: target, value: 0n, data: calldata }], keccak256(stringToBytes(description))),
    );
  }
  // Code put at a target after it was proposed: the page must find it was created later.
  await rpcCall(info.rpcUrl, "anvil_mine", ["0x3"]);
  await rpcCall(info.rpcUrl, "anvil_setCode", [later, await client.getCode({ address: bomb })]);
  await rpcCall(info.rpcUrl, "anvil_mine", ["0x1"]);
  forgedId = 123_456_789n;
  await send({
    to: forger,
    data: encodeFunctionData({
      abi: fixtureAbi,
      functionName: "forge",
      args: [forgedId, "# Forged: a proposal the DAO never made"],
    }),
  });
}

async function openScan(key: string): Promise<Page> {
  const { info, dao } = aiCommons();
  const id = ids.get(key);
  if (id === undefined) throw new Error(`no proposal ${key}`);
  const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals/${id.toString()}`);
  await page
    .getByRole("region", { name: "Target code scan" })
    .getByText(/^Read at block/)
    .waitFor({ timeout: 90_000 });
  return page;
}

const scanText = async (page: Page) =>
  (await page.getByRole("region", { name: "Target code scan" }).textContent()) ?? "";

describe("malicious fixtures", () => {
  beforeAll(setUp, 300_000);

  it("flags a target that can self-destruct", async () => {
    const page = await openScan("selfdestruct");
    expect(await scanText(page)).toContain("Critical: SELFDESTRUCT in the target's code");
    await page.close();
  });

  it("flags a proxy: its DELEGATECALL, who can upgrade it, and the implementation's DELEGATECALL", async () => {
    const page = await openScan("proxy");
    const text = await scanText(page);
    expect(text.toLowerCase()).toContain(`eip-1967 proxy: upgradeable by ${aiCommons().ada.toLowerCase()}`);
    expect(text).toMatch(/DELEGATECALL in the implementation 0x/);
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    await page.getByRole("region", { name: "Target code scan" }).scrollIntoViewIfNeeded();
    await shot(page, "target-scan-desktop-light");
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await shot(page, "target-scan-desktop-dark");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("region", { name: "Target code scan" }).scrollIntoViewIfNeeded();
    await shot(page, "target-scan-mobile-dark");
    await page.close();
  });

  it("says an empty account may get code later", async () => {
    const page = await openScan("empty");
    expect(await scanText(page)).toContain("No code: a plain account");
    await page.close();
  });

  it("flags code created after the proposal, with the block it appeared at", async () => {
    const page = await openScan("later");
    expect(await scanText(page)).toMatch(/Code created after the proposal[\s\S]*it appeared at block [\d,]+/);
    await page.close();
  });

  it("flags a payment to a look-alike of the treasury", async () => {
    const page = await openScan("lookalike");
    expect(await scanText(page)).toContain("Looks like Treasury (timelock), but is a different address");
    await page.close();
  });

  it("flags a description that claims a different amount than the calldata sends", async () => {
    const page = await openScan("claim");
    expect(await scanText(page)).toContain("Action 1 moves 1,000,000 tUSD; the description names 10 tUSD.");
    await page.close();
  });

  it("never shows a ProposalCreated event from another contract as the DAO's proposal", async () => {
    const { info, dao } = aiCommons();
    const list = await env().open(`#/${info.chainId}/${dao.governor}/proposals`);
    await list
      .getByRole("link", { name: "Malicious: routine maintenance call" })
      .waitFor({ timeout: 90_000 });
    await list.getByLabel("Search").fill("Forged");
    await list.getByText(/^0 of \d+ proposals match/).waitFor();
    await list.close();
    const page = await env().open(`#/${info.chainId}/${dao.governor}/proposals/${forgedId.toString()}`);
    await page.getByRole("heading", { name: "No such proposal" }).waitFor({ timeout: 90_000 });
    await page.close();
  });
});
