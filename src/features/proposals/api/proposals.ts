import { queryOptions } from "@tanstack/react-query";
import { type Address, isAddressEqual, type PublicClient } from "viem";
import { getPublicClient } from "@/chain/client";
import { readBlockTimes } from "@/chain/reads/block-times";
import { probeContracts } from "@/chain/reads/contract-kinds";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { knownContracts } from "@/domain/actions/known";
import type { KnownContract } from "@/domain/actions/types";
import type { DaoIdentity } from "@/domain/dao/identity";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import { assembleProposals, type CreatedLog } from "@/domain/proposals/assemble";
import type { Proposal } from "@/domain/proposals/proposal";
import { blockTimesFrom, type ClockNow } from "@/domain/proposals/timing";
import type { PowerChange } from "@/domain/votes/delegate-power";
import { type ProposalHistory, proposalHistories } from "./proposal-history";

/** Everything the list and detail pages show, read at one block. */
export type ProposalsData = {
  proposals: Proposal[];
  histories: Map<bigint, ProposalHistory>;
  known: KnownContract[];
  /** The voting token's DelegateVotesChanged history, for "who has not voted". */
  powerChanges: PowerChange[];
  now: ClockNow;
  blockNumber: bigint;
};

type Params = { chainId: number; governor: Address; syncedTo: number };

const SAMPLE_BLOCKS = 256n;

/**
 * Seconds per block over the last 256 blocks (block clocks' time estimates; the chain default when too young),
 * and the two headers' times as known points.
 */
async function measureClock(client: PublicClient, dao: DaoIdentity, blockNumber: bigint) {
  const head = await client.getBlock({ blockNumber });
  const back =
    blockNumber > SAMPLE_BLOCKS ? await client.getBlock({ blockNumber: blockNumber - SAMPLE_BLOCKS }) : null;
  const measured = back ? Number(head.timestamp - back.timestamp) / Number(SAMPLE_BLOCKS) : 0;
  const now: ClockNow = {
    mode: dao.clock,
    clock: dao.clock.kind === "timestamp" ? head.timestamp : blockNumber,
    timestamp: Number(head.timestamp),
    secondsPerBlock: measured > 0 ? measured : dao.blockSeconds,
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

/** Reads and assembles a DAO's proposals at block `syncedTo` from its synced events. */
export async function readProposalsData(
  client: PublicClient,
  p: Params,
  dao: DaoIdentity,
  events: readonly DaoEvent[],
): Promise<ProposalsData> {
  const blockNumber = BigInt(p.syncedTo);
  const fromGovernor = events.filter((e) => isAddressEqual(e.address, p.governor));
  const created: CreatedLog[] = eventsNamed(fromGovernor, "ProposalCreated").map((e) => ({
    ...e.args,
    blockNumber: BigInt(e.blockNumber),
  }));
  const { now, points } = await measureClock(client, dao, blockNumber);
  const targets = [...new Set(created.flatMap((c) => c.targets.map((t) => t.toLowerCase())))] as Address[];
  // Creation times stay exact: headers are read only for creation blocks no log gave a time for (older nodes).
  // Voting windows are interpolated between known blocks; a proposal's own page reads its exact ones.
  const logged = loggedBlockTimes(events);
  const unknownCreated = created.map((c) => c.blockNumber).filter((b) => !logged.has(Number(b)));
  const [statuses, probes, read] = await Promise.all([
    readProposalStatuses(
      client,
      p.governor,
      created.map((c) => c.proposalId),
      blockNumber,
      now.clock,
    ),
    probeContracts(client, targets, blockNumber),
    readBlockTimes(client, p.chainId, unknownCreated),
  ]);
  const knownTimes = blockTimesFrom([
    ...logged,
    ...points,
    ...[...read].map(([b, s]) => [Number(b), s] as const),
  ]);
  const known = knownContracts({ governor: dao.governor, timelock: dao.timelock, token: dao.token }, probes);
  return {
    proposals: assembleProposals(created, statuses, known),
    histories: proposalHistories(fromGovernor),
    powerChanges: eventsNamed(events, "DelegateVotesChanged")
      .filter((e) => dao.token && isAddressEqual(e.address, dao.token.address))
      .map((e) => ({
        delegate: e.args.delegate,
        newVotes: e.args.newVotes,
        blockNumber: BigInt(e.blockNumber),
      })),
    known,
    now: { ...now, knownTimes },
    blockNumber,
  };
}

/** Reads and assembles a DAO's proposals at the block the sync covers; the key moves with `syncedTo`. */
export function proposalsQueryOptions(p: Params, dao: DaoIdentity, events: readonly DaoEvent[]) {
  return queryOptions({
    queryKey: ["proposals", "list", p] as const,
    queryFn: () => readProposalsData(getPublicClient(p.chainId), p, dao, events),
    staleTime: 15_000,
  });
}
