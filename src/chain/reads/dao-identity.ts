import { type Address, erc20Abi, type PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { NoCodeError, NotGovernorError } from "@/lib/app-errors";
import { type GovernorKindProbe, readGovernorKindProbe } from "./governor-kind";
import { settledOrNull as ok, pinnedMulticall } from "./multicall";

/** The token a governor votes with, read at the same block as the governor. */
export type TokenRead = {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
  totalSupply: bigint;
};

/** Everything discovered about a governor at one block; null means the contract lacks that function. */
export type DaoIdentityRead = {
  chainId: number;
  governor: Address;
  blockNumber: bigint;
  name: string | null;
  version: string | null;
  clockMode: string | null;
  countingMode: string | null;
  clock: bigint | null;
  votingDelay: bigint;
  votingPeriod: bigint;
  proposalThreshold: bigint;
  quorumNumerator: bigint | null;
  quorumDenominator: bigint | null;
  quorumVotes: bigint | null;
  proposalCount: bigint | null;
  proposalNeedsQueuing: boolean | null;
  timelock: Address | null;
  token: TokenRead | null;
  /** What the contract answered to the governor-kind probe (OZ 4.x/5.x, Bravo, Alpha). */
  kind: GovernorKindProbe;
  treasury: Address;
  treasuryEth: bigint;
};

/** Reads a governor, its token and its treasury balance, all pinned to the latest block. */
export async function readDaoIdentity(client: PublicClient, governor: Address): Promise<DaoIdentityRead> {
  const chainId = client.chain?.id ?? (await client.getChainId());
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 });
  const code = await client.getCode({ address: governor, blockNumber });
  if (!code || code === "0x") throw new NoCodeError(governor, chainId);

  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const kindRead = readGovernorKindProbe(client, governor, blockNumber);
  const [
    name,
    version,
    token,
    timelock,
    clockMode,
    countingMode,
    votingDelay,
    votingPeriod,
    threshold,
    qNum,
    qDen,
    clock,
    count,
    needsQueuing,
  ] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
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
      { address: governor, abi: ozGovernorAbi, functionName: "proposalCount" },
      { ...gov, functionName: "proposalNeedsQueuing", args: [0n] },
    ],
  });

  const required = {
    "votingDelay()": votingDelay,
    "votingPeriod()": votingPeriod,
    "proposalThreshold()": threshold,
  };
  // A failed request is not a missing function: `ok` rethrows it, so it never reads as "not a governor".
  for (const r of Object.values(required)) ok(r);
  const missing = Object.entries(required).flatMap(([fn, r]) => (r.status === "success" ? [] : [fn]));
  if (votingDelay.status !== "success" || votingPeriod.status !== "success" || threshold.status !== "success")
    throw new NotGovernorError(governor, missing);

  const kind = await kindRead;
  // Compound-lineage governors name their token comp() or uni(); the probe reads those.
  const tokenAddress = ok(token) ?? kind.votesToken;
  const timelockAddress = ok(timelock);
  const treasury = timelockAddress ?? governor;
  const clockValue = ok(clock);
  const now = clockValue === null ? null : BigInt(clockValue);
  const [tokenRead, quorumVotes, treasuryEth] = await Promise.all([
    tokenAddress ? readToken(client, tokenAddress, blockNumber) : null,
    readQuorum(client, governor, now, blockNumber),
    client.getBalance({ address: treasury, blockNumber }),
  ]);

  return {
    chainId,
    governor,
    blockNumber,
    name: ok(name),
    version: ok(version),
    clockMode: ok(clockMode),
    countingMode: ok(countingMode),
    clock: now,
    votingDelay: votingDelay.result,
    votingPeriod: votingPeriod.result,
    proposalThreshold: threshold.result,
    quorumNumerator: ok(qNum),
    quorumDenominator: ok(qDen),
    // GovernorAlpha's quorum is the constant quorumVotes(); OZ's is quorum(clock - 1).
    quorumVotes: quorumVotes ?? kind.probe.quorumVotes,
    proposalCount: ok(count) ?? kind.probe.proposalCount,
    proposalNeedsQueuing: ok(needsQueuing),
    timelock: timelockAddress,
    token: tokenRead,
    kind: kind.probe,
    treasury,
    treasuryEth,
  };
}

async function readToken(
  client: PublicClient,
  address: Address,
  blockNumber: bigint,
): Promise<TokenRead | null> {
  const t = { address, abi: erc20Abi } as const;
  const [name, symbol, decimals, totalSupply] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
      { ...t, functionName: "name" },
      { ...t, functionName: "symbol" },
      { ...t, functionName: "decimals" },
      { ...t, functionName: "totalSupply" },
    ],
  });
  if (totalSupply.status !== "success") return null;
  return {
    address,
    name: ok(name) ?? "",
    symbol: ok(symbol) ?? "",
    decimals: ok(decimals) ?? 18,
    totalSupply: totalSupply.result,
  };
}

/** The absolute quorum at the last settled timepoint (quorum(now) reverts: it is not in the past yet). */
async function readQuorum(
  client: PublicClient,
  governor: Address,
  clock: bigint | null,
  blockNumber: bigint,
): Promise<bigint | null> {
  if (clock === null || clock === 0n) return null;
  try {
    return await client.readContract({
      address: governor,
      abi: ozGovernorAbi,
      functionName: "quorum",
      args: [clock - 1n],
      blockNumber,
    });
  } catch {
    return null;
  }
}
