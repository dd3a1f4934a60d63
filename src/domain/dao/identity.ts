import type { Address } from "viem";
import type { DaoIdentityRead, TokenRead } from "@/chain/reads/dao-identity";
import { type ClockMode, parseClockMode } from "./clock";
import { type GovernorKindInfo, governorKindFrom } from "./governor-kind";
import { type CountingMode, parseCountingMode, quorumPercent } from "./quorum";

/** The voting token as pages show it: never a blank name or unit. `decimals` is 0 where the token has no
 * decimals() (`wholeVotes`: one unit, one vote; ERC721Votes), never a guessed 18; a name or symbol that
 * reverted reads "unnamed token" / "votes" ("NFTs" for an ERC-721), with `unnamed` set so pages can say so. */
export type DaoToken = Omit<TokenRead, "name" | "symbol" | "decimals"> & {
  name: string;
  symbol: string;
  decimals: number;
  wholeVotes: boolean;
  unnamed: boolean;
};

/** The token read in display terms (see DaoToken). */
export function daoTokenFromRead(t: TokenRead): DaoToken {
  const name = t.name?.trim() || null;
  const symbol = t.symbol?.trim() || null;
  return {
    ...t,
    name: name ?? "unnamed token",
    symbol: symbol ?? (t.kind === "erc721" ? "NFTs" : "votes"),
    decimals: t.decimals ?? 0,
    wholeVotes: t.decimals === null,
    unnamed: name === null || symbol === null,
  };
}

/** A DAO as the app shows it: the governor's settings in domain types, its token and its treasury. */
export type DaoIdentity = {
  chainId: number;
  governor: Address;
  name: string;
  version: string | null;
  /** The governor family detected from its answers, and what Plenum can do with it. */
  kind: GovernorKindInfo;
  blockNumber: bigint;
  clock: ClockMode;
  clockNow: bigint | null;
  /** Seconds per block for human estimates of block-clock durations. */
  blockSeconds: number;
  countingMode: CountingMode | null;
  votingDelay: bigint;
  votingPeriod: bigint;
  proposalThreshold: bigint;
  quorum: { numerator: bigint; denominator: bigint; percent: string } | null;
  quorumVotes: bigint | null;
  proposalCount: bigint | null;
  needsQueuing: boolean | null;
  token: DaoToken | null;
  timelock: Address | null;
  treasury: { address: Address; ethBalance: bigint; isTimelock: boolean };
};

/** Turns the raw discovery read into the app's DAO identity. */
export function daoIdentityFromRead(read: DaoIdentityRead, blockSeconds: number): DaoIdentity {
  const { quorumNumerator: num, quorumDenominator: den } = read;
  return {
    chainId: read.chainId,
    governor: read.governor,
    name: read.name?.trim() || "Unnamed governor",
    version: read.version,
    kind: governorKindFrom(read.kind),
    blockNumber: read.blockNumber,
    clock: parseClockMode(read.clockMode),
    clockNow: read.clock,
    blockSeconds,
    countingMode: parseCountingMode(read.countingMode),
    votingDelay: read.votingDelay,
    votingPeriod: read.votingPeriod,
    proposalThreshold: read.proposalThreshold,
    quorum:
      num !== null && den !== null
        ? { numerator: num, denominator: den, percent: quorumPercent(num, den) }
        : null,
    quorumVotes: read.quorumVotes,
    proposalCount: read.proposalCount,
    needsQueuing: read.proposalNeedsQueuing,
    token: read.token ? daoTokenFromRead(read.token) : null,
    timelock: read.timelock,
    treasury: { address: read.treasury, ethBalance: read.treasuryEth, isTimelock: read.timelock !== null },
  };
}
