import type { Address, PublicClient } from "viem";
import { readBlockTimes } from "@/chain/reads/block-times";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { readEthSamples, readTreasuryBalances } from "@/chain/reads/treasury-balances";
import type { DaoIdentity } from "@/domain/dao/identity";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import { proposalStateName } from "@/domain/proposals/state";
import type { TreasuryReads } from "@/domain/treasury/report";
import { describeError } from "@/lib/errors";

const SAMPLES = 12;

/** Blocks spread evenly from the treasury's first log to `block` (the last one included), for ETH samples. */
function sampleBlocks(first: number, block: number): number[] {
  if (block <= first) return [block];
  const step = (block - first) / (SAMPLES - 1);
  return [...new Set(Array.from({ length: SAMPLES }, (_, k) => Math.round(first + k * step)))];
}

/** Blocks of treasury-relevant logs that carried no timestamp (older nodes): their headers are read. */
function undatedBlocks(events: readonly DaoEvent[]): bigint[] {
  const names = new Set(["Transfer", "CallExecuted", "ProposalExecuted"]);
  return [
    ...new Set(
      events
        .filter((e) => names.has(e.eventName) && e.blockTimestamp === undefined)
        .map((e) => e.blockNumber),
    ),
  ].map(BigInt);
}

/** Everything the treasury needs from the chain at `block`; a read the node cannot answer (pruned state at an
 * old block) is recorded as such, never thrown, so the page still shows what the logs prove. */
export async function readTreasury(
  client: PublicClient,
  dao: DaoIdentity,
  treasury: Address,
  tokens: readonly Address[],
  events: readonly DaoEvent[],
  block: number,
  head: number,
): Promise<TreasuryReads> {
  const header = await client.getBlock({ blockNumber: BigInt(block) });
  const now = Number(header.timestamp);
  const clock = dao.clock.kind === "timestamp" ? header.timestamp : BigInt(block);
  const created = eventsNamed(events, "ProposalCreated").filter(
    (e) => e.address.toLowerCase() === dao.governor.toLowerCase(),
  );
  const firstBlock = events.find((e) => e.eventName === "Transfer")?.blockNumber ?? block;
  const asked = sampleBlocks(firstBlock, block);
  const [balances, statuses, ethSamples, times] = await Promise.all([
    readTreasuryBalances(client, treasury, tokens, block).then(
      (r) => ({ r, error: null }),
      (e: unknown) => ({ r: null, error: describeError(e) }),
    ),
    readProposalStatuses(
      client,
      dao.governor,
      created.map((c) => c.args.proposalId),
      BigInt(block),
      clock,
    ).then(
      (rows) =>
        new Map(
          rows.flatMap((s) =>
            s.state === null
              ? []
              : [[s.id, { state: proposalStateName(s.state), tally: s.votes, eta: s.eta }] as const],
          ),
        ),
      () => null,
    ),
    readEthSamples(client, treasury, asked),
    readBlockTimes(client, dao.chainId, [...undatedBlocks(events), ...asked.map(BigInt)]),
  ]);
  // Token metadata does not change: when the shown block's state is gone, read it at the head.
  const metaFallback =
    balances.r === null && block !== head
      ? await readTreasuryBalances(client, treasury, tokens, head).then(
          (r) => r.tokens,
          () => [],
        )
      : [];
  const why = balances.error
    ? `${balances.error.title}${balances.error.detail ? `: ${balances.error.detail}` : ""}`
    : null;
  return {
    block,
    now,
    balances: balances.r,
    balancesError: why,
    metaFallback,
    ethSamples,
    ethSamplesAsked: asked.length,
    statuses,
    times: new Map([...times].map(([b, s]) => [Number(b), s])),
  };
}
