import {
  type Address,
  type ContractFunctionParameters,
  type Hex,
  isHex,
  type MulticallResults,
  type PublicClient,
  parseAbi,
} from "viem";
import type { SeenHead } from "@/chain/sync/finality";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { governorKindCalls } from "./governor-kind";
import { pinnedMulticall, type Settled } from "./multicall";

// Multicall3's own views: the block its eth_call ran in, and that block's parent hash (blockhash(number - 1)).
const multicall3ContextAbi = parseAbi([
  "function getBlockNumber() view returns (uint256 blockNumber)",
  "function getLastBlockHash() view returns (bytes32 blockHash)",
]);

/** The governor's own reads of the identity, in the order `readDaoIdentity` takes them apart. */
export function governorCalls(governor: Address) {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  return [
    { ...gov, functionName: "name" },
    { ...gov, functionName: "version" },
    { ...gov, functionName: "token" },
    { ...gov, functionName: "timelock" },
    { ...gov, functionName: "CLOCK_MODE" },
    { ...gov, functionName: "COUNTING_MODE" },
    { ...gov, functionName: "votingDelay" },
    { ...gov, functionName: "votingPeriod" },
    { ...gov, functionName: "proposalThreshold" },
    { ...gov, functionName: "quorumNumerator", args: [] },
    { ...gov, functionName: "quorumDenominator" },
    { ...gov, functionName: "clock" },
    { ...gov, functionName: "proposalCount" },
    { ...gov, functionName: "proposalNeedsQueuing", args: [0n] },
  ] as const;
}

const GOVERNOR_CALLS = governorCalls("0x0000000000000000000000000000000000000000").length;

/** The first round of a DAO's discovery, all at `blockNumber`: the governor's code, its own reads
 * (`governorCalls` order) and the kind probe's (`governorKindCalls` order). */
export type FirstRound = {
  blockNumber: bigint;
  code: Hex | undefined;
  governor: MulticallResults<ReturnType<typeof governorCalls>, true>;
  kind: Settled<unknown>[];
  /** The latest header this round read (with the finalized block's number, where the chain answers for that
   * tag), for the sync to start from; null where the round read only a block number. */
  head: SeenHead | null;
};

/** The block an eth_call at "latest" ran at, from Multicall3's view of it next to the latest header read in the
 * same batch: geth-like nodes run it in the latest block (its number, blockhash(n - 1) = its parent), others in
 * a pending block on top of it (number + 1, blockhash(n - 1) = its hash); both read the latest block's state.
 * Anything else (a block landed between the two, an odd node) is null: the caller reads again, pinned. */
export function stateBlockOf(
  head: { number: bigint; hash: Hex; parentHash: Hex },
  ran: { number: bigint; lastHash: Hex },
): bigint | null {
  const same = (a: Hex, b: Hex) => a.toLowerCase() === b.toLowerCase();
  if (ran.number === head.number && same(ran.lastHash, head.parentHash)) return head.number;
  if (ran.number === head.number + 1n && same(ran.lastHash, head.hash)) return head.number;
  return null;
}

/** Every read of the round as one list: viem types a multicall's results from a tuple of calls, which a list
 * joined from several call sets is not; each result is still decoded with its own call's ABI. */
const roundCalls = (governor: Address): readonly ContractFunctionParameters[] => [
  ...governorCalls(governor),
  ...governorKindCalls(governor),
];

/** The round read pinned to a known block (a multicall through Multicall3 or deployless, as the chain has). */
async function pinnedRound(client: PublicClient, governor: Address, blockNumber: bigint) {
  const code = client.getCode({ address: governor, blockNumber });
  const reads = client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: roundCalls(governor),
  });
  // Handled here too: when there is no code, their failures are not the error to report.
  reads.catch(() => undefined);
  const [c, r] = await Promise.all([code, reads]);
  return split(blockNumber, c, r, null);
}

const split = (
  blockNumber: bigint,
  code: Hex | undefined,
  r: readonly Settled<unknown>[],
  head: SeenHead | null,
): FirstRound => ({
  blockNumber,
  code,
  head,
  // The first results answer `governorCalls`, in its order (viem decodes each with its call's ABI).
  governor: r.slice(0, GOVERNOR_CALLS) as MulticallResults<ReturnType<typeof governorCalls>, true>,
  kind: r.slice(GOVERNOR_CALLS),
});

/**
 * The governor's code and reads at one block. Where the chain has Multicall3 this is one round trip: the head,
 * the code and one aggregate at "latest" that also returns the block it ran in, checked against the head (see
 * `stateBlockOf`); when they disagree, or without Multicall3 (a deployless multicall cannot say its block),
 * the block number comes first and the reads are pinned to it (two round trips).
 */
export async function readFirstRound(client: PublicClient, governor: Address): Promise<FirstRound> {
  const multicall3 = client.chain?.contracts?.multicall3?.address;
  if (!multicall3) return pinnedRound(client, governor, await client.getBlockNumber({ cacheTime: 0 }));
  const context = { address: multicall3, abi: multicall3ContextAbi } as const;
  const head = client.getBlock({ blockTag: "latest" });
  // In the same batch: the finalized block, which the sync starting from this head needs on tag-final chains.
  const finalized = client.getBlock({ blockTag: "finalized" }).catch(() => null);
  const code = client.getCode({ address: governor, blockTag: "latest" });
  const reads = client.multicall({
    allowFailure: true,
    // One aggregate, never split: every answer must come from the block it reports.
    batchSize: 0,
    contracts: [
      { ...context, functionName: "getBlockNumber" },
      { ...context, functionName: "getLastBlockHash" },
      ...roundCalls(governor),
    ] as readonly ContractFunctionParameters[],
  });
  reads.catch(() => undefined);
  code.catch(() => undefined);
  const h = await head;
  const [c, r, f] = await Promise.all([code, reads, finalized]);
  const seen: SeenHead | null =
    h.number !== null && h.hash !== null
      ? {
          number: Number(h.number),
          hash: h.hash,
          parentHash: h.parentHash,
          finalized: f?.number == null ? null : Number(f.number),
        }
      : null;
  const [ranNumber, ranHash, ...rest] = r;
  const ranAt = ranNumber?.status === "success" ? ranNumber.result : null;
  const ranLast = ranHash?.status === "success" ? ranHash.result : null;
  const at =
    h.number !== null && h.hash !== null && typeof ranAt === "bigint" && isHex(ranLast)
      ? stateBlockOf(
          { number: h.number, hash: h.hash, parentHash: h.parentHash },
          { number: ranAt, lastHash: ranLast },
        )
      : null;
  if (at !== null) return split(at, c, rest, seen);
  const pinned = await pinnedRound(
    client,
    governor,
    h.number ?? (await client.getBlockNumber({ cacheTime: 0 })),
  );
  return { ...pinned, head: seen };
}
