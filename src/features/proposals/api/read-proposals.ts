import { type Address, isAddressEqual, type PublicClient } from "viem";
import { readHasCode } from "@/chain/reads/account-code";
import { readBlockTimes } from "@/chain/reads/block-times";
import { probeContracts } from "@/chain/reads/contract-kinds";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { readTreasuryBalances, type TreasuryBalancesRead } from "@/chain/reads/treasury-balances";
import { knownContracts } from "@/domain/actions/known";
import { ETH, movedAssets } from "@/domain/actions/outflows";
import type { KnownContract } from "@/domain/actions/types";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import { assembleProposals, type CreatedLog } from "@/domain/proposals/assemble";
import type { Proposal } from "@/domain/proposals/proposal";
import { blockTimesFrom, type ClockNow } from "@/domain/proposals/timing";
import type { PowerChange } from "@/domain/votes/delegate-power";
import type { ListKeyParams } from "./keys";
import { type ProposalHistory, proposalHistories } from "./proposal-history";

/** Everything the list and detail pages show, read at one block. */
export type ProposalsData = {
  proposals: Proposal[];
  histories: Map<bigint, ProposalHistory>;
  known: KnownContract[];
  /** The voting token's DelegateVotesChanged history, for "who has not voted". */
  powerChanges: PowerChange[];
  /** The treasury's balance, at `blockNumber`, of every asset some proposal moves (null: unreadable). */
  treasuryBalances: Map<Address, bigint | null>;
  now: ClockNow;
  blockNumber: bigint;
};

const SAMPLE_BLOCKS = 256n;

/**
 * `now` at the pinned block. Future blocks are estimated with the DAO's one block time (`blockSeconds`, the
 * same the overview uses), not re-measured per poll: a recent-window average jumps with every new block on a
 * chain with uneven blocks, and pages disagreed. Two headers (the pinned block and 256 below) stay as known
 * points, so past blocks between them are interpolated from real times.
 */
async function measureClock(client: PublicClient, p: ListKeyParams, blockNumber: bigint) {
  const head = await client.getBlock({ blockNumber });
  const back =
    blockNumber > SAMPLE_BLOCKS ? await client.getBlock({ blockNumber: blockNumber - SAMPLE_BLOCKS }) : null;
  const now: ClockNow = {
    mode: { kind: p.clock },
    clock: p.clock === "timestamp" ? head.timestamp : blockNumber,
    timestamp: Number(head.timestamp),
    secondsPerBlock: p.blockSeconds,
  };
  const points: [number, number][] = [[Number(blockNumber), now.timestamp]];
  if (back) points.push([Number(blockNumber - SAMPLE_BLOCKS), Number(back.timestamp)]);
  return { now, points };
}

/** Block times the synced logs carry (newer nodes put one on every log), by block. */
function loggedBlockTimes(events: readonly DaoEvent[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const e of events) if (e.blockTimestamp !== undefined) times.set(e.blockNumber, e.blockTimestamp);
  return times;
}

/** The treasury read as the outflow check wants it: ETH under the zero address; null where balanceOf reverted. */
function balancesByAsset(read: TreasuryBalancesRead, assets: readonly Address[]) {
  const balances = new Map<Address, bigint | null>();
  if (assets.some((a) => isAddressEqual(a, ETH))) balances.set(ETH, read.eth);
  for (const t of read.tokens) balances.set(t.token, t.balance);
  return balances;
}

/** Reads and assembles a DAO's proposals at block `syncedTo` from its synced events, every read pinned there. */
export async function readProposalsData(
  client: PublicClient,
  p: ListKeyParams,
  events: readonly DaoEvent[],
): Promise<ProposalsData> {
  const blockNumber = BigInt(p.syncedTo);
  const fromGovernor = events.filter((e) => isAddressEqual(e.address, p.governor));
  const created: CreatedLog[] = eventsNamed(fromGovernor, "ProposalCreated").map((e) => ({
    ...e.args,
    blockNumber: BigInt(e.blockNumber),
  }));
  const { now, points } = await measureClock(client, p, blockNumber);
  const targets = [...new Set(created.flatMap((c) => c.targets.map((t) => t.toLowerCase())))] as Address[];
  const own = [p.governor, p.timelock, p.token?.address].filter((a): a is Address => !!a);
  const others = targets.filter((t) => !own.some((o) => isAddressEqual(o, t)));
  const assets = movedAssets(
    created.flatMap((c) =>
      c.targets.map((target, i) => ({ target, value: c.values[i] ?? 0n, calldata: c.calldatas[i] ?? "0x" })),
    ),
  );
  // Creation times stay exact: headers are read only for creation blocks no log gave a time for (older nodes).
  // Voting windows are interpolated between known blocks; a proposal's own page reads its exact ones.
  const logged = loggedBlockTimes(events);
  const unknownCreated = created.map((c) => c.blockNumber).filter((b) => !logged.has(Number(b)));
  const [statuses, probes, read, balances, code] = await Promise.all([
    readProposalStatuses(
      client,
      p.governor,
      created.map((c) => c.proposalId),
      blockNumber,
      now.clock,
    ),
    probeContracts(client, targets, blockNumber),
    readBlockTimes(client, p.chainId, unknownCreated),
    readTreasuryBalances(
      client,
      p.treasury,
      assets.filter((a) => !isAddressEqual(a, ETH)),
      Number(blockNumber),
    ).then((r) => balancesByAsset(r, assets)),
    readHasCode(client, others, blockNumber),
  ]);
  const knownTimes = blockTimesFrom([
    ...logged,
    ...points,
    ...[...read].map(([b, s]) => [Number(b), s] as const),
  ]);
  const known = knownContracts({ governor: p.governor, timelock: p.timelock, token: p.token }, probes);
  const codeless = new Set([...code].filter(([, has]) => !has).map(([a]) => a.toLowerCase()));
  return {
    proposals: assembleProposals(created, statuses, known, codeless),
    histories: proposalHistories(fromGovernor),
    powerChanges: eventsNamed(events, "DelegateVotesChanged")
      .filter((e) => p.token && isAddressEqual(e.address, p.token.address))
      .map((e) => ({
        delegate: e.args.delegate,
        newVotes: e.args.newVotes,
        blockNumber: BigInt(e.blockNumber),
      })),
    known,
    treasuryBalances: balances,
    now: { ...now, knownTimes },
    blockNumber,
  };
}
