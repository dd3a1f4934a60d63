import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import {
  type Address,
  encodeDeployData,
  encodeFunctionData,
  type Hex,
  keccak256,
  numberToHex,
  toHex,
} from "viem";
import { installMulticall3 } from "../scripts/devnet/multicall3";
import {
  aiCommonsGovernorAbi,
  aiCommonsGovernorBytecode,
} from "../src/contracts/generated/ai-commons-governor";
import { aiCommonsTokenAbi, aiCommonsTokenBytecode } from "../src/contracts/generated/ai-commons-token";
import {
  timelockControllerAbi,
  timelockControllerBytecode,
} from "../src/contracts/generated/timelock-controller";
import { contentProposalId } from "../src/domain/verify/proposal-ids";
import { rpcCall, startAnvil } from "../test/chaos/anvil";

/** Size of the bench DAO. */
export type BenchSize = { proposals: number; votes: number; holders: number; blocks: number };
/** What the bench needs to know about the seeded chain. */
export type BenchMeta = BenchSize & {
  token: Address;
  timelock: Address;
  governor: Address;
  deployBlock: number;
  head: number;
  proposalList: { id: string; block: number }[];
  seedSeconds: number;
};

const OWNER: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
// cancun: under prague anvil stores every block hash in state (EIP-2935), so mining slows as the chain grows.
export const ANVIL_ARGS = [
  "--disable-block-gas-limit",
  "--prune-history",
  "--hardfork",
  "cancun",
  "--balance",
  "1000000000",
];
const holderAt = (i: number): Address => `0x${keccak256(toHex(`bench-holder-${i}`)).slice(26)}`;

const send = (from: Address, to: Address | undefined, data: Hex, gas = 600_000, nonce?: number) =>
  rpcCall<Hex>(url(), "eth_sendTransaction", [
    { from, to, data, gas: numberToHex(gas), ...(nonce === undefined ? {} : { nonce: numberToHex(nonce) }) },
  ]);
let current = "";
const started = performance.now();
const progress = (what: string) =>
  process.stderr.write(`[bench seed ${((performance.now() - started) / 1000).toFixed(0)} s] ${what}\n`);
const url = () => current;

/** Mines the calls, sent concurrently into the pool, at most 100 per block (anvil's pool slows when it is
 * long, and one sender's nonce chain must stay short). */
async function block(calls: (() => Promise<unknown>)[]) {
  for (let i = 0; i < calls.length; i += 100) {
    await Promise.all(calls.slice(i, i + 100).map((c) => c()));
    await rpcCall(url(), "evm_mine");
  }
}
const mine = (n: number) => (n > 0 ? rpcCall(url(), "anvil_mine", [numberToHex(n)]) : Promise.resolve());

async function receiptAddress(hash: Hex): Promise<Address> {
  const r = await rpcCall<{ contractAddress: Address | null; status: Hex }>(
    url(),
    "eth_getTransactionReceipt",
    [hash],
  );
  if (!r.contractAddress || r.status !== "0x1") throw new Error("deploy failed");
  return r.contractAddress;
}

async function seed(size: BenchSize): Promise<Omit<BenchMeta, "seedSeconds">> {
  await rpcCall(url(), "evm_setAutomine", [false]);
  await rpcCall(url(), "anvil_autoImpersonateAccount", [true]);
  const deploy = async (data: Hex) => {
    const h = await send(OWNER, undefined, data, 12_000_000);
    await rpcCall(url(), "evm_mine");
    return receiptAddress(h);
  };
  const token = await deploy(
    encodeDeployData({ abi: aiCommonsTokenAbi, bytecode: aiCommonsTokenBytecode, args: [OWNER] }),
  );
  const timelock = await deploy(
    encodeDeployData({
      abi: timelockControllerAbi,
      bytecode: timelockControllerBytecode,
      args: [60n, [], [OWNER], OWNER],
    }),
  );
  const governor = await deploy(
    encodeDeployData({
      abi: aiCommonsGovernorAbi,
      bytecode: aiCommonsGovernorBytecode,
      args: [token, timelock, 1, 20, 0n, 4n],
    }),
  );
  const deployBlock = Number(await rpcCall<Hex>(url(), "eth_blockNumber")) - 2;
  const holders = Array.from({ length: size.holders }, (_, i) => holderAt(i));
  for (const h of holders) await rpcCall(url(), "anvil_setBalance", [h, numberToHex(10n ** 20n)]);
  const mint = (h: Address, i: number) =>
    encodeFunctionData({
      abi: aiCommonsTokenAbi,
      functionName: "mint",
      args: [h, 10n ** 18n * BigInt(1 + (i % 50))],
    });
  // One sender, many txs in one block: explicit nonces, or concurrent sends collide on the pending nonce.
  const first = Number(await rpcCall<Hex>(url(), "eth_getTransactionCount", [OWNER, "pending"]));
  await block(holders.map((h, i) => () => send(OWNER, token, mint(h, i), 600_000, first + i)));
  const delegate = (h: Address) =>
    encodeFunctionData({ abi: aiCommonsTokenAbi, functionName: "delegate", args: [h] });
  await block(holders.map((h) => () => send(h, token, delegate(h))));
  progress(`${size.holders} holders minted and self-delegated`);

  const perProposal = Math.ceil(size.votes / size.proposals);
  const proposalList: { id: string; block: number }[] = [];
  let votesLeft = size.votes;
  for (let p = 0; p < size.proposals; p++) {
    const description = `# Bench proposal ${p}\nFund work item ${p}.`;
    const content = { targets: [token], values: [0n], calldatas: [mint(OWNER, p)], description };
    const proposer = holders[p % holders.length] ?? OWNER;
    const data = encodeFunctionData({
      abi: aiCommonsGovernorAbi,
      functionName: "propose",
      args: [content.targets, content.values, content.calldatas, description],
    });
    await block([() => send(proposer, governor, data, 3_000_000)]);
    proposalList.push({
      id: contentProposalId(content).toString(),
      block: Number(await rpcCall<Hex>(url(), "eth_blockNumber")),
    });
    await mine(2);
    const n = Math.min(perProposal, votesLeft, holders.length);
    votesLeft -= n;
    const id = contentProposalId(content);
    const voters = Array.from(
      { length: n },
      (_, k) => holders[(p * perProposal + k) % holders.length] ?? OWNER,
    );
    await block(
      voters.map(
        (v, k) => () =>
          send(
            v,
            governor,
            encodeFunctionData({
              abi: aiCommonsGovernorAbi,
              functionName: "castVote",
              args: [id, k % 5 === 0 ? 0 : k % 7 === 0 ? 2 : 1],
            }),
          ),
      ),
    );
    const used = Number(await rpcCall<Hex>(url(), "eth_blockNumber"));
    await mine(Math.floor((size.blocks - used) / (size.proposals - p)));
    if ((p + 1) % 25 === 0) progress(`seeded ${p + 1}/${size.proposals} proposals, block ${used}`);
  }
  await rpcCall(url(), "evm_setAutomine", [true]);
  return {
    ...size,
    token,
    timelock,
    governor,
    deployBlock,
    head: Number(await rpcCall<Hex>(url(), "eth_blockNumber")),
    proposalList,
  };
}

/** Seeds the bench DAO once and caches it as an anvil state dump under .cache/; later runs load it. */
export async function benchChain(size: BenchSize) {
  const base = `.cache/bench-${size.proposals}p-${size.votes}v-${size.holders}h-${size.blocks}b`;
  const statePath = `${base}.state.json`;
  const metaPath = `${base}.meta.json`;
  if (existsSync(statePath) && existsSync(metaPath)) {
    const anvil = await startAnvil([...ANVIL_ARGS, "--load-state", statePath]);
    await installMulticall3(anvil.url); // the app's devnet chain reads through it
    return { anvil, meta: JSON.parse(readFileSync(metaPath, "utf8")) as BenchMeta, seeded: false };
  }
  const anvil = await startAnvil(ANVIL_ARGS);
  await installMulticall3(anvil.url);
  current = anvil.url;
  const t0 = performance.now();
  const seeded = await seed(size).catch(async (e: unknown) => {
    await anvil.stop();
    throw e;
  });
  const meta: BenchMeta = { ...seeded, seedSeconds: (performance.now() - t0) / 1000 };
  const dump = await rpcCall<Hex>(anvil.url, "anvil_dumpState");
  mkdirSync(".cache", { recursive: true });
  writeFileSync(statePath, gunzipSync(Buffer.from(dump.slice(2), "hex")));
  writeFileSync(metaPath, JSON.stringify(meta, null, 1));
  return { anvil, meta, seeded: true };
}
