import type { Address, ContractFunctionParameters, PublicClient } from "viem";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { compVotesAbi } from "./comp-votes-abi";
import { settledOrNull as ok, pinnedMulticall } from "./multicall";

/** The chain's answers at one block for the leaderboard's reconciliation. */
export type DelegationCheckRead = {
  blockNumber: number;
  /** The block's timestamp (seconds), for dating "30 days before". */
  timestamp: number;
  totalSupply: bigint | null;
  votes: Map<string, bigint>;
  /** Which function answered the votes: OZ's, or Compound's where the token has only those (UNI, COMP). */
  votesFrom: "getVotes" | "getPastVotes" | "getCurrentVotes" | "getPriorVotes";
};

/**
 * Reads total supply and the delegates' votes in one multicall pinned to `readAt` (the synced block). For an
 * earlier `atBlock` it asks `getPastVotes`/`getPastTotalSupply` at that block's timepoint from the synced block
 * (works on nodes that keep no old state). Where no delegate answers OZ's IVotes, Compound's getCurrentVotes /
 * getPriorVotes are asked instead. A delegate whose read reverts is left out (never counted as 0).
 */
export async function readDelegationCheck(
  client: PublicClient,
  p: {
    token: Address;
    readAt: number;
    atBlock: number;
    timestampClock: boolean;
    delegates: readonly Address[];
  },
): Promise<DelegationCheckRead> {
  const header = await client.getBlock({ blockNumber: BigInt(p.atBlock) });
  const timestamp = Number(header.timestamp);
  const past = p.atBlock < p.readAt;
  const timepoint = p.timestampClock ? BigInt(timestamp) : BigInt(p.atBlock);
  const token = { address: p.token, abi: ozVotesTokenAbi } as const;
  const calls: ContractFunctionParameters<typeof ozVotesTokenAbi, "view">[] = [
    past
      ? { ...token, functionName: "getPastTotalSupply", args: [timepoint] }
      : { ...token, functionName: "totalSupply" },
    ...p.delegates.map(
      (d): ContractFunctionParameters<typeof ozVotesTokenAbi, "view"> =>
        past
          ? { ...token, functionName: "getPastVotes", args: [d, timepoint] }
          : { ...token, functionName: "getVotes", args: [d] },
    ),
  ];
  const results = await client.multicall({ ...pinnedMulticall(client, BigInt(p.readAt)), contracts: calls });
  // Every call here returns a uint256; anything else is a malformed answer, kept as "not read".
  const asBigint = (i: number): bigint | null => {
    const r = results[i];
    const v = r ? ok<unknown>(r) : null;
    return typeof v === "bigint" ? v : null;
  };
  const votes = new Map<string, bigint>();
  p.delegates.forEach((d, i) => {
    const v = asBigint(i + 1);
    if (v !== null) votes.set(d.toLowerCase(), v);
  });
  if (votes.size > 0 || p.delegates.length === 0)
    return {
      blockNumber: p.atBlock,
      timestamp,
      totalSupply: asBigint(0),
      votes,
      votesFrom: past ? "getPastVotes" : "getVotes",
    };
  const comp = await readCompVotes(client, p, past);
  return {
    blockNumber: p.atBlock,
    timestamp,
    totalSupply: asBigint(0),
    votes: comp,
    votesFrom: past ? "getPriorVotes" : "getCurrentVotes",
  };
}

/** The delegates' votes under Compound's names (its clock is always the block number). */
async function readCompVotes(
  client: PublicClient,
  p: { token: Address; readAt: number; atBlock: number; delegates: readonly Address[] },
  past: boolean,
): Promise<Map<string, bigint>> {
  const token = { address: p.token, abi: compVotesAbi } as const;
  const results = await client.multicall({
    ...pinnedMulticall(client, BigInt(p.readAt)),
    contracts: p.delegates.map((d) =>
      past
        ? ({ ...token, functionName: "getPriorVotes", args: [d, BigInt(p.atBlock)] } as const)
        : ({ ...token, functionName: "getCurrentVotes", args: [d] } as const),
    ),
  });
  const votes = new Map<string, bigint>();
  p.delegates.forEach((d, i) => {
    const r = results[i];
    const v = r ? ok<unknown>(r) : null;
    if (typeof v === "bigint") votes.set(d.toLowerCase(), v);
  });
  return votes;
}
