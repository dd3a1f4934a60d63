import { type Address, encodeAbiParameters, encodeEventTopics, type Hex, numberToHex, pad } from "viem";
import { ozGovernorAbi } from "../src/contracts/generated/oz-governor";
import { ozVotesTokenAbi } from "../src/contracts/generated/oz-votes-token";

/** A log as a node answers eth_getLogs (hex quantities), with its block number kept for range lookups. */
export type RpcLog = {
  address: Address;
  topics: Hex[];
  data: Hex;
  blockNumber: Hex;
  blockHash: Hex;
  blockTimestamp: Hex;
  transactionHash: Hex;
  transactionIndex: Hex;
  logIndex: Hex;
  removed: false;
};

/** The bench DAO's contracts in the synthetic history (any fixed addresses: nothing is deployed). */
export const SYNTH_DAO = {
  governor: "0x1000000000000000000000000000000000000001",
  token: "0x1000000000000000000000000000000000000002",
  timelock: "0x1000000000000000000000000000000000000003",
} as const satisfies Record<string, Address>;
export const SYNTH_BLOCKS = 200_000;
const DEPLOY = 10;

/** A deterministic, well-formed 32-byte hash for a block or a transaction. */
export const fakeHash = (kind: number, n: number): Hex =>
  `0x${kind.toString(16).padStart(8, "0")}${n.toString(16).padStart(56, "0")}`;
const holderAt = (i: number): Address => `0x${(0xa0000000 + i).toString(16).padStart(40, "0")}`;
const timeOf = (block: number) => 1_760_000_000 + block * 12;
// Every topic of an emitted event is set (no null placeholders); viem's type allows them for filters.
const topicsOf = (t: readonly (Hex | Hex[] | null)[]): Hex[] =>
  t.filter((x): x is Hex => typeof x === "string");

const transfer = ozVotesTokenAbi.find((x) => x.type === "event" && x.name === "Transfer");
const delegateChanged = ozVotesTokenAbi.find((x) => x.type === "event" && x.name === "DelegateChanged");
const votesChanged = ozVotesTokenAbi.find((x) => x.type === "event" && x.name === "DelegateVotesChanged");
const created = ozGovernorAbi.find((x) => x.type === "event" && x.name === "ProposalCreated");
const voteCast = ozGovernorAbi.find((x) => x.type === "event" && x.name === "VoteCast");

/**
 * The bench DAO's history at `scale` (1: 300 proposals, 20,000 votes, 2,000 holders, about 26,300 logs over
 * 200,000 blocks, the shapes and block layout of bench/seed.ts: mints and self-delegations 100 a block, each
 * proposal in its own block, its votes two blocks later, 100 a block). Synthetic, so scale 10 (about 263,000
 * logs) needs no 15-minute seed; every log decodes with the DAO's ABI like a real one.
 */
export function synthLogs(scale: number): RpcLog[] {
  if (!transfer || !delegateChanged || !votesChanged || !created || !voteCast) throw new Error("ABI changed");
  const holders = 2_000 * scale;
  const proposals = 300 * scale;
  const votes = 20_000 * scale;
  const logs: RpcLog[] = [];
  let block = DEPLOY;
  let tx = 0;
  let inBlock = 0;
  let logIndex = 0;
  const nextBlock = (to = block + 1) => {
    block = to;
    inBlock = 0;
    logIndex = 0;
  };
  const push = (address: Address, topics: Hex[], data: Hex, newTx: boolean) => {
    if (newTx) {
      if (inBlock === 100) nextBlock();
      inBlock++;
      tx++;
    }
    logs.push({
      address,
      topics,
      data,
      blockNumber: numberToHex(block),
      blockHash: fakeHash(1, block),
      blockTimestamp: numberToHex(timeOf(block)),
      transactionHash: fakeHash(2, tx),
      transactionIndex: numberToHex(inBlock - 1),
      logIndex: numberToHex(logIndex++),
      removed: false,
    });
  };
  const zero = pad("0x0", { size: 20 });
  for (let i = 0; i < holders; i++) {
    const amount = 10n ** 18n * BigInt(1 + (i % 50));
    const topics = topicsOf(encodeEventTopics({ abi: [transfer], args: { from: zero, to: holderAt(i) } }));
    push(SYNTH_DAO.token, topics, encodeAbiParameters([{ type: "uint256" }], [amount]), true);
  }
  nextBlock();
  for (let i = 0; i < holders; i++) {
    const h = holderAt(i);
    const amount = 10n ** 18n * BigInt(1 + (i % 50));
    const dc = { delegator: h, fromDelegate: zero, toDelegate: h };
    push(SYNTH_DAO.token, topicsOf(encodeEventTopics({ abi: [delegateChanged], args: dc })), "0x", true);
    const dv = topicsOf(encodeEventTopics({ abi: [votesChanged], args: { delegate: h } }));
    push(
      SYNTH_DAO.token,
      dv,
      encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [0n, amount]),
      false,
    );
  }
  const createdTopics = topicsOf(encodeEventTopics({ abi: [created] }));
  const perProposal = Math.ceil(votes / proposals);
  let votesLeft = votes;
  for (let p = 0; p < proposals; p++) {
    nextBlock(Math.max(block + 1, DEPLOY + 2 + Math.floor(((SYNTH_BLOCKS - DEPLOY - 10) * p) / proposals)));
    const id = BigInt(fakeHash(3, p));
    const description = `# Bench proposal ${p}\nFund work item ${p}.`;
    const calldata = `0x40c10f19${pad(SYNTH_DAO.timelock).slice(2)}${pad(numberToHex(p)).slice(2)}` as Hex;
    const data = encodeAbiParameters(created.inputs, [
      id,
      holderAt(p % holders),
      [SYNTH_DAO.token],
      [0n],
      [""],
      [calldata],
      BigInt(block + 1),
      BigInt(block + 50_400),
      description,
    ]);
    push(SYNTH_DAO.governor, createdTopics, data, true);
    nextBlock(block + 3);
    const n = Math.min(perProposal, votesLeft, holders);
    votesLeft -= n;
    for (let k = 0; k < n; k++) {
      const voter = holderAt((p * perProposal + k) % holders);
      const support = k % 5 === 0 ? 0 : k % 7 === 0 ? 2 : 1;
      const weight = 10n ** 18n * BigInt(1 + (((p * perProposal + k) % holders) % 50));
      const topics = topicsOf(encodeEventTopics({ abi: [voteCast], args: { voter } }));
      const vd = encodeAbiParameters(voteCast.inputs.slice(1), [id, support, weight, ""]);
      push(SYNTH_DAO.governor, topics, vd, true);
    }
  }
  return logs;
}
