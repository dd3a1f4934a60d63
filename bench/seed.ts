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
import { seedRpc } from "./seed-rpc";

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
const started = performance.now();
const progress = (what: string) =>
  process.stderr.write(`[bench seed ${((performance.now() - started) / 1000).toFixed(0)} s] ${what}\n`);

async function seed(url: string, size: BenchSize): Promise<Omit<BenchMeta, "seedSeconds">> {
  const rpc = seedRpc(url);
  await rpc.call("evm_setAutomine", [false]);
  await rpc.call("anvil_autoImpersonateAccount", [true]);
  const deploy = async (data: Hex) => {
    const h = await rpc.send({ from: OWNER, data, gas: 12_000_000 });
    await rpc.call("evm_mine");
    return rpc.receiptAddress(h);
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
  const deployBlock = (await rpc.head()) - 2;
  const holders = Array.from({ length: size.holders }, (_, i) => holderAt(i));
  for (let i = 0; i < holders.length; i += 500)
    await rpc.batch(
      "anvil_setBalance",
      holders.slice(i, i + 500).map((h) => [h, numberToHex(10n ** 20n)]),
    );
  const mint = (h: Address, i: number) =>
    encodeFunctionData({
      abi: aiCommonsTokenAbi,
      functionName: "mint",
      args: [h, 10n ** 18n * BigInt(1 + (i % 50))],
    });
  // One sender, many txs in one block: explicit nonces, or concurrent sends collide on the pending nonce.
  const first = Number(await rpc.call<Hex>("eth_getTransactionCount", [OWNER, "pending"]));
  await rpc.block(holders.map((h, i) => ({ from: OWNER, to: token, data: mint(h, i), nonce: first + i })));
  const delegate = (h: Address) =>
    encodeFunctionData({ abi: aiCommonsTokenAbi, functionName: "delegate", args: [h] });
  await rpc.block(holders.map((h) => ({ from: h, to: token, data: delegate(h) })));
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
    await rpc.block([{ from: proposer, to: governor, data, gas: 3_000_000 }]);
    proposalList.push({ id: contentProposalId(content).toString(), block: await rpc.head() });
    await rpc.mine(2);
    const n = Math.min(perProposal, votesLeft, holders.length);
    votesLeft -= n;
    const id = contentProposalId(content);
    const voters = Array.from(
      { length: n },
      (_, k) => holders[(p * perProposal + k) % holders.length] ?? OWNER,
    );
    await rpc.block(
      voters.map((v, k) => ({
        from: v,
        to: governor,
        data: encodeFunctionData({
          abi: aiCommonsGovernorAbi,
          functionName: "castVote",
          args: [id, k % 5 === 0 ? 0 : k % 7 === 0 ? 2 : 1],
        }),
      })),
    );
    const used = await rpc.head();
    await rpc.mine(Math.floor((size.blocks - used) / (size.proposals - p)));
    if ((p + 1) % 25 === 0) progress(`seeded ${p + 1}/${size.proposals} proposals, block ${used}`);
  }
  await rpc.call("evm_setAutomine", [true]);
  return {
    ...size,
    token,
    timelock,
    governor,
    deployBlock,
    head: await rpc.head(),
    proposalList,
  };
}

/** Where a size's seeded chain is cached. */
export const benchCachePath = (size: BenchSize) =>
  `.cache/bench-${size.proposals}p-${size.votes}v-${size.holders}h-${size.blocks}b`;

/**
 * Seeds the bench DAO into a forked anvil and dumps it. A forked anvil does not compute state roots (its blocks
 * carry a zero root), and computing them was the whole cost of the old seed: anvil rebuilds the state trie for
 * every block, so 200,000 blocks over a growing state took an hour. The transactions, receipts and logs are
 * real and the same; only each block's stateRoot field is zero. The fork's upstream is an empty anvil.
 */
async function seedToFile(size: BenchSize, statePath: string, metaPath: string) {
  const upstream = await startAnvil(["--hardfork", "cancun"]);
  const anvil = await startAnvil([...ANVIL_ARGS, "--fork-url", upstream.url]).catch(async (e: unknown) => {
    await upstream.stop();
    throw e;
  });
  try {
    const t0 = performance.now();
    const seeded = await seed(anvil.url, size);
    const meta: BenchMeta = { ...seeded, seedSeconds: (performance.now() - t0) / 1000 };
    const dump = await rpcCall<Hex>(anvil.url, "anvil_dumpState");
    mkdirSync(".cache", { recursive: true });
    writeFileSync(statePath, gunzipSync(Buffer.from(dump.slice(2), "hex")));
    writeFileSync(metaPath, JSON.stringify(meta, null, 1));
    progress(`dumped the state (${(performance.now() - t0) / 1000} s in all)`);
  } finally {
    await anvil.stop();
    await upstream.stop();
  }
}

/** Seeds the bench DAO once (cached as an anvil state dump under .cache/), then serves it from a plain anvil
 * that loads the dump, so a run right after seeding measures the same chain as every later run. */
export async function benchChain(size: BenchSize) {
  const base = benchCachePath(size);
  const statePath = `${base}.state.json`;
  const metaPath = `${base}.meta.json`;
  const seeded = !(existsSync(statePath) && existsSync(metaPath));
  if (seeded) await seedToFile(size, statePath, metaPath);
  // Loading the dump takes 2 to 30 s at full size and minutes at --scale 10 (441 s on a loaded machine).
  const anvil = await startAnvil([...ANVIL_ARGS, "--load-state", statePath], 12_000);
  await installMulticall3(anvil.url); // at its canonical address, as on every major chain
  return { anvil, meta: JSON.parse(readFileSync(metaPath, "utf8")) as BenchMeta, seeded };
}
