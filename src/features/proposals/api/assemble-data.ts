import type { Address } from "viem";
import type { ContractProbe } from "@/chain/reads/contract-kinds";
import type { GovernorStatusRead } from "@/chain/reads/governor-pinned";
import { knownContracts } from "@/domain/actions/known";
import type { DaoEvent } from "@/domain/events/decode";
import { eventsNamed } from "@/domain/events/decode";
import { assembleProposals, type StatusLike } from "@/domain/proposals/assemble";
import type { DerivedStatus } from "@/domain/proposals/derive-status";
import { blockTimesFrom, type ClockNow } from "@/domain/proposals/timing";
import { addressIs } from "@/lib/evm/address-match";
import type { ListKeyParams } from "./keys";
import { clockFromLogs, deriveFromLogs } from "./pinned-reads";
import { proposalHistories } from "./proposal-history";
import type { ProposalsData } from "./read-proposals";

/** Block times the synced logs carry (newer nodes put one on every log), by block. */
export function loggedBlockTimes(events: readonly DaoEvent[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const e of events) if (e.blockTimestamp !== undefined) times.set(e.blockNumber, e.blockTimestamp);
  return times;
}

/** Each proposal's status: the logs' where they settle it, the governor's read where they do not (a read
 * proposal the governor does not know, state null, is left out as before). */
function mergeStatuses(derived: readonly DerivedStatus[], reads: ReadonlyMap<bigint, GovernorStatusRead>) {
  return derived.map((d): StatusLike => {
    const r = d.settled ? undefined : reads.get(d.id);
    if (!r) return d;
    return { ...r, quorum: r.quorum ?? d.quorum };
  });
}

/** The parts of a list that come from reads other than the governor's (absent when painting from cache). */
export type SideReads = {
  probes: readonly ContractProbe[];
  codeless: ReadonlySet<string>;
  treasuryBalances: Map<Address, bigint | null>;
  times: readonly (readonly [number, number])[];
};

const NO_SIDE_READS: SideReads = { probes: [], codeless: new Set(), treasuryBalances: new Map(), times: [] };

/** Assembles the list at `p.syncedTo` from the logs, the governor's answers for what they leave open, and the
 * other reads; with no reads at all (`reads` null) it is the list as this browser's copy of the logs says. */
export function assembleProposalsData(
  p: ListKeyParams,
  events: readonly DaoEvent[],
  now: ClockNow,
  reads: { governor: ReadonlyMap<bigint, GovernorStatusRead>; side: SideReads } | null,
  probed: readonly ContractProbe[] = [],
): ProposalsData {
  const { derived, created } = deriveFromLogs(p.pinned, events, now.clock);
  const side = reads?.side ?? { ...NO_SIDE_READS, probes: probed };
  const known = knownContracts({ governor: p.governor, timelock: p.timelock, token: p.token }, side.probes);
  const statuses = reads ? mergeStatuses(derived, reads.governor) : derived;
  const logged = loggedBlockTimes(events);
  const ofGovernor = addressIs(p.governor);
  const ofToken = p.token ? addressIs(p.token.address) : null;
  return {
    proposals: assembleProposals(created, statuses, known, side.codeless),
    histories: proposalHistories(events.filter((e) => ofGovernor(e.address))),
    powerChanges: eventsNamed(events, "DelegateVotesChanged")
      .filter((e) => ofToken?.(e.address))
      .map((e) => ({
        delegate: e.args.delegate,
        newVotes: e.args.newVotes,
        blockNumber: BigInt(e.blockNumber),
      })),
    known,
    treasuryBalances: side.treasuryBalances,
    now: { ...now, knownTimes: blockTimesFrom([...logged, ...side.times]) },
    blockNumber: BigInt(p.syncedTo),
  };
}

/** The list as this browser's copy of the logs says it stood at the block they cover, with no network at all:
 * the clock and the time from the logs (the newest logged block time stands in for the block's own); the
 * targets decoded with the probes this device's last confirmed list kept (`probed`). */
export function proposalsFromLogs(
  p: ListKeyParams,
  events: readonly DaoEvent[],
  probed: readonly ContractProbe[] = [],
): ProposalsData {
  const clock = clockFromLogs(p.pinned, events);
  const last = events.findLast((e) => e.blockTimestamp !== undefined);
  // The newest logged time, carried forward to the covered block with the DAO's block time (an estimate).
  const timestamp = last ? (last.blockTimestamp ?? 0) + (p.syncedTo - last.blockNumber) * p.blockSeconds : 0;
  const now: ClockNow = {
    mode: { kind: p.clock },
    clock,
    timestamp: Math.round(timestamp),
    secondsPerBlock: p.blockSeconds,
  };
  return assembleProposalsData(p, events, now, null, probed);
}
