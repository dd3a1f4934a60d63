import { type Address, type Hex, type PublicClient, parseAbi, parseAbiItem, zeroAddress } from "viem";
import { rpcCall } from "../chaos/anvil";

/**
 * An outside auditor's computation of what the token, delegates and treasury pages show, from raw RPC only:
 * its own getLogs filters and contract reads pinned to a block. It shares no code with `src/` on purpose.
 */

const transferEvent = parseAbiItem("event Transfer(address indexed from, address indexed to, uint256 value)");
const delegateChanged = parseAbiItem(
  "event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)",
);
const votesAbi = parseAbi([
  "function balanceOf(address) view returns (uint256)",
  "function totalSupply() view returns (uint256)",
  "function delegates(address) view returns (address)",
  "function getVotes(address) view returns (uint256)",
  "function getPastVotes(address, uint256) view returns (uint256)",
  "function getPastTotalSupply(uint256) view returns (uint256)",
]);
const governorAbi = parseAbi([
  "function proposalVotes(uint256) view returns (uint256 against, uint256 forVotes, uint256 abstain)",
  "function quorum(uint256) view returns (uint256)",
  "function hasVoted(uint256, address) view returns (bool)",
]);

const lower = (a: string) => a.toLowerCase();

/** The token as the chain says it stood at `block`. Addresses are lower-cased; zero entries left out. */
export type TokenTruth = {
  block: number;
  totalSupply: bigint;
  balances: Map<string, bigint>;
  /** Each account's delegate (accounts that chose one, zero-balance ones included). */
  delegateOf: Map<string, string>;
  votes: Map<string, bigint>;
  delegatedSupply: bigint;
  /** Balances of holders whose delegate is the zero address (cannot vote). */
  idleSupply: bigint;
  /** Accounts whose `delegates()` is each delegate. */
  delegators: Map<string, number>;
};

/** Every address a token's Transfer and DelegateChanged logs name through `block`. */
async function tokenAddresses(client: PublicClient, token: Address, block: number): Promise<Address[]> {
  const range = { address: token, fromBlock: 0n, toBlock: BigInt(block) } as const;
  const [transfers, delegations] = await Promise.all([
    client.getLogs({ ...range, event: transferEvent }),
    client.getLogs({ ...range, event: delegateChanged }),
  ]);
  const seen = new Set<string>();
  for (const l of transfers) for (const x of [l.args.from, l.args.to]) if (x) seen.add(lower(x));
  for (const l of delegations)
    for (const x of [l.args.delegator, l.args.fromDelegate, l.args.toDelegate]) if (x) seen.add(lower(x));
  seen.delete(zeroAddress);
  return [...seen] as Address[];
}

/** balanceOf, delegates and getVotes of every address the logs name, and totalSupply, all read at `block`. */
export async function tokenTruth(client: PublicClient, token: Address, block: number): Promise<TokenTruth> {
  const blockNumber = BigInt(block);
  const addresses = await tokenAddresses(client, token, block);
  const read = <T>(functionName: "balanceOf" | "delegates" | "getVotes", who: Address) =>
    client.readContract({
      address: token,
      abi: votesAbi,
      functionName,
      args: [who],
      blockNumber,
    }) as Promise<T>;
  const rows = await Promise.all(
    addresses.map(async (who) => ({
      who: lower(who),
      balance: await read<bigint>("balanceOf", who),
      delegate: lower(await read<Address>("delegates", who)),
      votes: await read<bigint>("getVotes", who),
    })),
  );
  const totalSupply = await client.readContract({
    address: token,
    abi: votesAbi,
    functionName: "totalSupply",
    blockNumber,
  });
  const t: TokenTruth = {
    block,
    totalSupply,
    balances: new Map(),
    delegateOf: new Map(),
    votes: new Map(),
    delegatedSupply: 0n,
    idleSupply: 0n,
    delegators: new Map(),
  };
  for (const r of rows) {
    if (r.balance > 0n) t.balances.set(r.who, r.balance);
    if (r.votes > 0n) t.votes.set(r.who, r.votes);
    t.delegatedSupply += r.votes;
    if (r.delegate === zeroAddress) t.idleSupply += r.balance;
    else {
      t.delegateOf.set(r.who, r.delegate);
      t.delegators.set(r.delegate, (t.delegators.get(r.delegate) ?? 0) + 1);
    }
  }
  return t;
}

/** getPastVotes of `who` at a timepoint (the token's clock). */
export const pastVotes = (client: PublicClient, token: Address, who: Address, timepoint: bigint) =>
  client.readContract({
    address: token,
    abi: votesAbi,
    functionName: "getPastVotes",
    args: [who, timepoint],
  });

/** getPastTotalSupply at a timepoint (the token's clock). */
export const pastTotalSupply = (client: PublicClient, token: Address, timepoint: bigint) =>
  client.readContract({
    address: token,
    abi: votesAbi,
    functionName: "getPastTotalSupply",
    args: [timepoint],
  });

/** Sum of getPastVotes over `delegates` at a timepoint: the power that could vote on a proposal. */
export async function pastDelegated(
  client: PublicClient,
  token: Address,
  delegates: readonly Address[],
  timepoint: bigint,
): Promise<bigint> {
  const all = await Promise.all(delegates.map((d) => pastVotes(client, token, d, timepoint)));
  return all.reduce((a, b) => a + b, 0n);
}

/** A proposal's tally and quorum as the governor reports them at `block`. */
export async function proposalTruth(
  client: PublicClient,
  governor: Address,
  id: bigint,
  voteStart: bigint,
  block: number,
) {
  const blockNumber = BigInt(block);
  const [against, forVotes, abstain] = await client.readContract({
    address: governor,
    abi: governorAbi,
    functionName: "proposalVotes",
    args: [id],
    blockNumber,
  });
  const quorum = await client.readContract({
    address: governor,
    abi: governorAbi,
    functionName: "quorum",
    args: [voteStart],
    blockNumber,
  });
  return { votes: against + forVotes + abstain, quorum };
}

/** Whether `who` voted on proposal `id`, as the governor says at `block`. */
export const hasVoted = (client: PublicClient, governor: Address, id: bigint, who: Address, block: number) =>
  client.readContract({
    address: governor,
    abi: governorAbi,
    functionName: "hasVoted",
    args: [id, who],
    blockNumber: BigInt(block),
  });

/** In and out of one asset, in total and per counterparty (lower-cased). */
export type AssetMoves = {
  inflow: bigint;
  outflow: bigint;
  inBy: Map<string, bigint>;
  outBy: Map<string, bigint>;
};

const emptyMoves = (): AssetMoves => ({ inflow: 0n, outflow: 0n, inBy: new Map(), outBy: new Map() });
const addTo = (m: Map<string, bigint>, k: string, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);

/** What the treasury held and moved through `block`: ERC-20s found by a Transfer filter on the treasury's
 * topic over every contract, their balanceOf at the block; ETH from the node's call traces and getBalance. */
export type TreasuryTruth = {
  block: number;
  erc20: Map<string, AssetMoves & { balance: bigint }>;
  eth: AssetMoves & { balance: bigint };
  /** Per transaction hash (lower-cased): ETH and ERC-20s that left the treasury, keyed `asset:recipient`. */
  outByTx: Map<string, Map<string, bigint>>;
};

type TraceCall = {
  action: { from: Address; to?: Address; value?: Hex; callType?: string };
  error?: string;
  transactionHash: Hex;
  type: string;
};

/** ETH moves of the treasury from the call traces of `blocks` (each `trace_block`), skipping failed calls. */
async function ethFromTraces(
  rpcUrl: string,
  treasury: Address,
  blocks: readonly number[],
  out: TreasuryTruth,
) {
  const t = lower(treasury);
  for (const b of blocks) {
    const traces = await rpcCall<TraceCall[]>(rpcUrl, "trace_block", [`0x${b.toString(16)}`]);
    for (const tr of traces) {
      const value = BigInt(tr.action.value ?? "0x0");
      if (tr.error || value === 0n || tr.type !== "call" || tr.action.callType === "delegatecall") continue;
      const from = lower(tr.action.from);
      const to = lower(tr.action.to ?? zeroAddress);
      if (from === to) continue;
      if (to === t) {
        out.eth.inflow += value;
        addTo(out.eth.inBy, from, value);
      } else if (from === t) {
        out.eth.outflow += value;
        addTo(out.eth.outBy, to, value);
        const tx = lower(tr.transactionHash);
        const byTx = out.outByTx.get(tx) ?? new Map<string, bigint>();
        out.outByTx.set(tx, addTo(byTx, `ETH:${to}`, value));
      }
    }
  }
}

/** The treasury through `block`. ETH is traced over `ethBlocks` (every block of a small DAO; for a long history,
 * the blocks of the transactions that can move it). */
export async function treasuryTruth(
  client: PublicClient,
  rpcUrl: string,
  treasury: Address,
  block: number,
  ethBlocks: readonly number[],
): Promise<TreasuryTruth> {
  const blockNumber = BigInt(block);
  const range = { fromBlock: 0n, toBlock: blockNumber, event: transferEvent } as const;
  const [ins, outs] = await Promise.all([
    client.getLogs({ ...range, args: { to: treasury } }),
    client.getLogs({ ...range, args: { from: treasury } }),
  ]);
  const truth: TreasuryTruth = {
    block,
    erc20: new Map(),
    eth: { ...emptyMoves(), balance: await client.getBalance({ address: treasury, blockNumber }) },
    outByTx: new Map(),
  };
  const moves = (asset: string) => {
    const m = truth.erc20.get(asset) ?? { ...emptyMoves(), balance: 0n };
    truth.erc20.set(asset, m);
    return m;
  };
  // ERC-721 Transfer logs have four topics and no data; viem's filter above decodes only the ERC-20 shape.
  for (const l of ins) {
    const { from, value } = l.args;
    if (!from || value === undefined || lower(from) === lower(treasury)) continue;
    const m = moves(lower(l.address));
    m.inflow += value;
    addTo(m.inBy, lower(from), value);
  }
  for (const l of outs) {
    const { to, value } = l.args;
    if (!to || value === undefined || lower(to) === lower(treasury)) continue;
    const m = moves(lower(l.address));
    m.outflow += value;
    addTo(m.outBy, lower(to), value);
    const tx = lower(l.transactionHash);
    const byTx = truth.outByTx.get(tx) ?? new Map<string, bigint>();
    truth.outByTx.set(tx, addTo(byTx, `${lower(l.address)}:${lower(to)}`, value));
  }
  for (const [asset, m] of truth.erc20)
    m.balance = await client.readContract({
      address: asset as Address,
      abi: votesAbi,
      functionName: "balanceOf",
      args: [treasury],
      blockNumber,
    });
  await ethFromTraces(
    rpcUrl,
    treasury,
    ethBlocks.filter((b) => b <= block),
    truth,
  );
  return truth;
}
