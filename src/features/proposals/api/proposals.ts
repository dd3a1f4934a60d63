import { queryOptions } from "@tanstack/react-query";
import { type Address, isAddressEqual } from "viem";
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
import type { ClockNow } from "@/domain/proposals/timing";
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

/** Seconds per block over the last 256 blocks (block clocks' time estimates); the chain default when too young. */
async function measureClock(dao: DaoIdentity, blockNumber: bigint): Promise<ClockNow> {
  const client = getPublicClient(dao.chainId);
  const head = await client.getBlock({ blockNumber });
  const back =
    blockNumber > SAMPLE_BLOCKS ? await client.getBlock({ blockNumber: blockNumber - SAMPLE_BLOCKS }) : null;
  const measured = back ? Number(head.timestamp - back.timestamp) / Number(SAMPLE_BLOCKS) : 0;
  const clock = dao.clock.kind === "timestamp" ? head.timestamp : blockNumber;
  return {
    mode: dao.clock,
    clock,
    timestamp: Number(head.timestamp),
    secondsPerBlock: measured > 0 ? measured : dao.blockSeconds,
  };
}

/** Reads and assembles a DAO's proposals at the block the sync covers; the key moves with `syncedTo`. */
export function proposalsQueryOptions(p: Params, dao: DaoIdentity, events: readonly DaoEvent[]) {
  return queryOptions({
    queryKey: ["proposals", "list", p] as const,
    queryFn: async (): Promise<ProposalsData> => {
      const client = getPublicClient(p.chainId);
      const blockNumber = BigInt(p.syncedTo);
      const fromGovernor = events.filter((e) => isAddressEqual(e.address, p.governor));
      const created: CreatedLog[] = eventsNamed(fromGovernor, "ProposalCreated").map((e) => ({
        ...e.args,
        blockNumber: BigInt(e.blockNumber),
      }));
      const now = await measureClock(dao, blockNumber);
      const targets = [
        ...new Set(created.flatMap((c) => c.targets.map((t) => t.toLowerCase()))),
      ] as Address[];
      const [statuses, probes] = await Promise.all([
        readProposalStatuses(
          client,
          p.governor,
          created.map((c) => c.proposalId),
          blockNumber,
          now.clock,
        ),
        probeContracts(client, targets, blockNumber),
      ]);
      // Past voting windows and creation blocks get real timestamps; only future blocks are estimated.
      const pastBlocks =
        dao.clock.kind === "blocknumber"
          ? created.flatMap((c) => [c.blockNumber, c.voteStart, c.voteEnd]).filter((b) => b <= blockNumber)
          : created.map((c) => c.blockNumber);
      const blockTimes = await readBlockTimes(client, p.chainId, pastBlocks);
      const known = knownContracts(
        { governor: dao.governor, timelock: dao.timelock, token: dao.token },
        probes,
      );
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
        now: { ...now, blockTimes },
        blockNumber,
      };
    },
    staleTime: 15_000,
  });
}
