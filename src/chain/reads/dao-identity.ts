import type { Address, PublicClient } from "viem";
import type { SeenHead } from "@/chain/sync/finality";
import { NoCodeError, NotGovernorError } from "@/lib/app-errors";
import { type GovernorKindProbe, kindProbeFrom } from "./governor-kind";
import { readFirstRound } from "./identity-round";
import { readQuorum, readToken } from "./identity-token";
import { settledOrNull as ok } from "./multicall";

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

/** The contracts a DAO's history lives in, known after discovery's first round (the token's and the treasury's
 * reads follow): what a caller can start on meanwhile, e.g. the search for where their logs begin. */
export type DaoContractsFound = {
  chainId: number;
  blockNumber: bigint;
  addresses: Address[];
  /** The latest header the first round read (see FirstRound), for the sync to start from. */
  head: SeenHead | null;
};

/** Reads a governor, its token and its treasury balance, all pinned to one recent block, in two round trips
 * where the chain has Multicall3 (three without): the governor's reads, then the token's and the balance.
 * `onContracts` is called between the two, so work that needs only the addresses starts a round trip earlier. */
export async function readDaoIdentity(
  client: PublicClient,
  governor: Address,
  onContracts?: (found: DaoContractsFound) => void,
): Promise<DaoIdentityRead> {
  const chainId = client.chain?.id ?? (await client.getChainId());
  const first = await readFirstRound(client, governor);
  const { blockNumber, code } = first;
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
  ] = first.governor;

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

  const kind = kindProbeFrom(first.kind);
  // Compound-lineage governors name their token comp() or uni(); the probe reads those.
  const tokenAddress = ok(token) ?? kind.votesToken;
  const timelockAddress = ok(timelock);
  const treasury = timelockAddress ?? governor;
  const clockValue = ok(clock);
  const now = clockValue === null ? null : BigInt(clockValue);
  if (tokenAddress) {
    const addresses = [governor, tokenAddress, ...(timelockAddress ? [timelockAddress] : [])];
    onContracts?.({ chainId, blockNumber, addresses, head: first.head });
  }
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
