import type { Address } from "viem";
import { aiCommonsTokenAbi } from "../../src/contracts/generated/ai-commons-token";
import { testUsdAbi } from "../../src/contracts/generated/test-usd";
import type { AccountKey, Cast } from "./accounts";
import type { aiCommonsProposals } from "./ai-commons-proposals";
import { type Chain, call, ethTransfer } from "./chain";
import type { computeGuildProposals } from "./compute-guild-proposals";
import type { Deployment } from "./deploy";
import type { Governance, Proposal } from "./governance";

export const DAY = 86_400;
export const HOUR = 3_600;

/** Seconds on the seeded chain: day offsets from the start, or offsets back from the end. */
export type Timeline = {
  start: number;
  end: number;
  day(n: number): number;
  beforeEnd(seconds: number): number;
};

/** Everything a seed event can touch. */
export type SeedContext = {
  chain: Chain;
  cast: Cast;
  d: Deployment;
  ai: Governance;
  guild: Governance;
  aiSpecs: ReturnType<typeof aiCommonsProposals>;
  guildSpecs: ReturnType<typeof computeGuildProposals>;
  /** Published proposals in publication order, tagged with their DAO. */
  published: { dao: "aiCommons" | "computeGuild"; proposal: Proposal }[];
  t: Timeline;
};

/** One dated step of the story; the seed runs them in time order and refuses overlaps. */
export type SeedEvent = {
  at: (t: Timeline) => number;
  label: string;
  run: (ctx: SeedContext) => Promise<unknown>;
};

/** Shorthands for token moves that read like the story. */
export function tokenOps(ctx: SeedContext) {
  const { chain, cast, d } = ctx;
  const erc20 = (token: Address) => ({
    mint: (minter: AccountKey, to: Address, amount: bigint) =>
      chain.send(
        cast[minter],
        call(token, { abi: aiCommonsTokenAbi, functionName: "mint", args: [to, amount] }),
        "mint",
      ),
    transfer: (from: AccountKey, to: Address, amount: bigint) =>
      chain.send(
        cast[from],
        call(token, { abi: testUsdAbi, functionName: "transfer", args: [to, amount] }),
        `transfer from ${from}`,
      ),
    delegate: (from: AccountKey, to: AccountKey) =>
      chain.send(
        cast[from],
        call(token, { abi: aiCommonsTokenAbi, functionName: "delegate", args: [cast[to]] }),
        `${from} delegates to ${to}`,
      ),
  });
  return {
    aic: erc20(d.aic),
    cgt: erc20(d.cgt),
    tusd: erc20(d.tusd),
    sendEth: (from: AccountKey, to: Address, value: bigint) =>
      chain.send(cast[from], ethTransfer(to, value), `ETH from ${from}`),
  };
}

/** Mines empty 12-second blocks until the chain is at `block`. */
export async function mineTo(chain: Chain, block: number): Promise<void> {
  const current = await chain.blockNumber();
  if (block > current) await chain.mine(block - current);
}
