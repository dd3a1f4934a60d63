import { type Address, erc20Abi, type PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { NoCodeError, NotGovernorError } from "@/lib/app-errors";
import { type GovernorKindProbe, readGovernorKindProbe } from "./governor-kind";
import { settledOrNull as ok, pinnedMulticall } from "./multicall";

/** The token a governor votes with, read at the same block as the governor. null: that call reverted (a name
 * or symbol the token does not have; no decimals() means whole votes, as on ERC721Votes). `kind` is "erc721"
 * when it says so through ERC-165, "erc20" when it has decimals(), else "votes" (some other IVotes). */
export type TokenRead = {
  address: Address;
  name: string | null;
  symbol: string | null;
  decimals: number | null;
  kind: "erc20" | "erc721" | "votes";
  totalSupply: bigint;
  /** totalSupply() where the token has it; else IVotes' getPastTotalSupply at the last settled timepoint. */
  supplyFrom: "totalSupply" | "getPastTotalSupply";
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
  // The code check and the governor's reads go out together (one batch on a batching client); the reads'
  // answers are looked at only once the code is known to be there.
  const codeRead = client.getCode({ address: governor, blockNumber });
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const kindRead = readGovernorKindProbe(client, governor, blockNumber);
  const governorRead = client.multicall({
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
  // Handled here too: when there is no code, their failures are not the error to report.
  kindRead.catch(() => undefined);
  governorRead.catch(() => undefined);
  const code = await codeRead;
  if (!code || code === "0x") throw new NoCodeError(governor, chainId);
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
  ] = await governorRead;

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
    tokenAddress ? readToken(client, tokenAddress, blockNumber, now) : null,
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

const ERC721_INTERFACE = "0x80ac58cd";

async function readToken(
  client: PublicClient,
  address: Address,
  blockNumber: bigint,
  clock: bigint | null,
): Promise<TokenRead | null> {
  const t = { address, abi: erc20Abi } as const;
  const votes = { address, abi: ozVotesTokenAbi } as const;
  // getPastTotalSupply(now) reverts (not settled yet): ERC721Votes has no totalSupply(), so ask one step back.
  const past = clock !== null && clock > 0n ? clock - 1n : 0n;
  const [name, symbol, decimals, totalSupply, pastSupply, erc721] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
      { ...t, functionName: "name" },
      { ...t, functionName: "symbol" },
      { ...t, functionName: "decimals" },
      { ...t, functionName: "totalSupply" },
      { ...votes, functionName: "getPastTotalSupply", args: [past] },
      { address, abi: ozGovernorAbi, functionName: "supportsInterface", args: [ERC721_INTERFACE] },
    ],
  });
  const supply = ok(totalSupply);
  const pastValue = ok(pastSupply);
  if (supply === null && pastValue === null) return null;
  const dec = ok(decimals);
  return {
    address,
    name: ok(name),
    symbol: ok(symbol),
    decimals: dec,
    kind: ok(erc721) === true ? "erc721" : dec !== null ? "erc20" : "votes",
    totalSupply: supply ?? pastValue ?? 0n,
    supplyFrom: supply !== null ? "totalSupply" : "getPastTotalSupply",
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
