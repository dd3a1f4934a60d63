import type { Address, PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { settledOrNull as ok, pinnedMulticall } from "./multicall";

/** What the token page reads from the chain, all at one block. */
export type TokenPageRead = {
  blockNumber: bigint;
  /** The block's timestamp and the average block time over the 256 before it (for dates of untimed logs). */
  timestamp: number;
  secondsPerBlock: number | null;
  totalSupply: bigint;
  /** totalSupply(), or IVotes' getPastTotalSupply one clock step back where there is none (ERC721Votes). */
  supplyFrom: "totalSupply" | "getPastTotalSupply";
  /** null when the token has no decimals() (ERC721Votes: whole votes). */
  decimals: number | null;
  symbol: string | null;
  /** The governor's clock() at the block. */
  clock: bigint | null;
  /** quorum(clock − 1): the quorum of a proposal whose snapshot is now. */
  quorum: bigint | null;
  /** quorum(voteStart) of each proposal whose snapshot has passed, by proposal id (decimal). */
  quorums: Map<string, bigint | null>;
  treasuryTokens: bigint | null;
  treasuryEth: bigint | null;
};

const SAMPLE = 256n;

/** Reads supply, metadata, quorums and the treasury's own-token and ETH balances pinned to `blockNumber`. */
export async function readTokenPage(
  client: PublicClient,
  p: {
    governor: Address;
    token: Address;
    treasury: Address | null;
    snapshots: readonly { id: bigint; voteStart: bigint }[];
  },
  blockNumber: bigint,
): Promise<TokenPageRead> {
  const gov = { address: p.governor, abi: ozGovernorAbi } as const;
  const tok = { address: p.token, abi: ozVotesTokenAbi } as const;
  const [head, back, base] = await Promise.all([
    client.getBlock({ blockNumber }),
    blockNumber > SAMPLE ? client.getBlock({ blockNumber: blockNumber - SAMPLE }) : null,
    client.multicall({
      ...pinnedMulticall(client, blockNumber),
      contracts: [
        { ...tok, functionName: "totalSupply" },
        { ...tok, functionName: "decimals" },
        { ...tok, functionName: "symbol" },
        { ...gov, functionName: "clock" },
      ],
    }),
  ]);
  const [supply, decimals, symbol, clockRead] = base;
  const clock = ok(clockRead);
  // ERC721Votes has no totalSupply(): its checkpointed supply, one step back (the current one is not settled).
  const pastSupply =
    supply.status === "success" || clock === null || clock === 0
      ? null
      : await client.readContract({
          ...tok,
          functionName: "getPastTotalSupply",
          args: [BigInt(clock) - 1n],
          blockNumber,
        });
  if (supply.status !== "success" && pastSupply === null) throw supply.error;
  const past = clock === null ? [] : p.snapshots.filter((s) => s.voteStart < BigInt(clock));
  const treasury = p.treasury;
  const [quorumNow, ...rest] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
      { ...gov, functionName: "quorum", args: [clock ? BigInt(clock) - 1n : 0n] },
      ...past.map((s) => ({ ...gov, functionName: "quorum", args: [s.voteStart] }) as const),
      ...(treasury ? [{ ...tok, functionName: "balanceOf", args: [treasury] } as const] : []),
    ],
  });
  const quorums = new Map(past.map((s, i) => [s.id.toString(), rest[i] ? ok(rest[i]) : null]));
  const treasuryRead = treasury ? rest[past.length] : undefined;
  const treasuryEth = treasury ? await client.getBalance({ address: treasury, blockNumber }) : null;
  const measured = back ? Number(head.timestamp - back.timestamp) / Number(SAMPLE) : 0;
  return {
    blockNumber,
    timestamp: Number(head.timestamp),
    secondsPerBlock: measured > 0 ? measured : null,
    totalSupply: supply.status === "success" ? supply.result : (pastSupply ?? 0n),
    supplyFrom: supply.status === "success" ? "totalSupply" : "getPastTotalSupply",
    decimals: ok(decimals),
    symbol: ok(symbol),
    clock: clock === null ? null : BigInt(clock),
    quorum: clock && quorumNow ? ok(quorumNow) : null,
    quorums,
    treasuryTokens: treasuryRead ? (ok(treasuryRead) as bigint | null) : null,
    treasuryEth,
  };
}
