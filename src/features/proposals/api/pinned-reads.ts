import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address, PublicClient } from "viem";
import { getPublicClient } from "@/chain/client";
import { type GovernorStatusRead, readPinnedGovernor } from "@/chain/reads/governor-pinned";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { CountingMode } from "@/domain/dao/quorum";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import type { CreatedLog } from "@/domain/proposals/assemble";
import {
  ALPHA_COUNTING,
  constantQuorum,
  type DerivedStatus,
  deriveStatuses,
  quorumFromLogs,
  quorumMatchesRead,
} from "@/domain/proposals/derive-status";
import { type EventsKey, eventsKey } from "@/domain/proposals/events-key";
import { compareStatuses, type StatusMismatch } from "@/domain/proposals/status-check";
import { contentProposalId } from "@/domain/verify/proposal-ids";
import { addressIs } from "@/lib/evm/address-match";
import { perfMark } from "@/lib/perf-mark";

/** Every input of the one pinned governor read of a page visit (bigints as decimal strings: keys are JSON). */
export type PinnedKeyParams = {
  chainId: number;
  governor: Address;
  syncedTo: number;
  events: EventsKey;
  token: Address | null;
  clock: "blocknumber" | "timestamp";
  mode: CountingMode | null;
  quorumDenominator: string | null;
  /** A quorum the governor returned at discovery, that a replayed quorum must reproduce to be trusted. */
  quorumCheck: { at: string; quorum: string } | null;
  /** Where the governor's tally is read: `proposalVotes`, or `proposals(id)` (Compound lineage, OZ's Bravo
   * module); `compound`: a Compound governor (Alpha, Bravo) with none of OZ's per-proposal getters. */
  tallyFrom: "proposalVotes" | "proposals";
  compound: boolean;
  /** Alpha's and Bravo's constant `quorumVotes()` (pure / constant there), which decides proposals like quorum(t). */
  constantQuorum: string | null;
};

/** What the visit's pinned read found: the governor's answers for the proposals the logs cannot settle, and
 * every difference between those answers and what the logs say. */
export type PinnedGovernor = {
  block: number;
  hashFromGovernor: bigint | null;
  /** `getProposalId` of each proposal whose id is not its content's hash (sequential ids), by logged id. */
  governorIds: Map<bigint, bigint | null>;
  statuses: Map<bigint, GovernorStatusRead>;
  /** Proposals settled from logs alone (executed, canceled, or decided with a reproduced quorum). */
  settled: number;
  quorumDerived: boolean;
  mismatches: StatusMismatch[];
};

/** The key inputs from the DAO and its synced events (identified, not copied). */
export function pinnedKeyParams(
  dao: DaoIdentity,
  logs: { events: readonly DaoEvent[]; syncedTo: number },
): PinnedKeyParams {
  // Compound's governors (Alpha, Bravo) count For > Against with a constant quorumVotes() of For votes.
  const alpha = dao.kind.kind === "alpha" || dao.kind.kind === "bravo";
  const checkable =
    dao.clockNow !== null && dao.quorumVotes !== null && dao.blockNumber <= BigInt(logs.syncedTo);
  return {
    chainId: dao.chainId,
    governor: dao.governor,
    syncedTo: logs.syncedTo,
    events: eventsKey(logs.events),
    token: dao.token?.address ?? null,
    clock: dao.clock.kind,
    mode: alpha ? ALPHA_COUNTING : dao.countingMode,
    quorumDenominator: dao.quorum ? dao.quorum.denominator.toString() : null,
    quorumCheck:
      checkable && dao.clockNow !== null && dao.quorumVotes !== null
        ? { at: (dao.clockNow - 1n).toString(), quorum: dao.quorumVotes.toString() }
        : null,
    tallyFrom: dao.kind.tallyFrom,
    compound: dao.kind.lifecycleBy === "id",
    constantQuorum: alpha && dao.quorumVotes !== null ? dao.quorumVotes.toString() : null,
  };
}

/** The newest block time the logs carry: a lower bound of the clock at `syncedTo` under a timestamp clock. */
const latestLoggedTime = (events: readonly DaoEvent[]) =>
  events.reduce((t, e) => Math.max(t, e.blockTimestamp ?? 0), 0);

/** The proposals as the logs alone say they stood at `clock` (see deriveStatuses), with the created logs. */
export function deriveFromLogs(
  p: Omit<PinnedKeyParams, "events" | "syncedTo">,
  events: readonly DaoEvent[],
  clock: bigint,
): { created: CreatedLog[]; derived: DerivedStatus[]; quorumDerived: boolean } {
  const ofGovernor = addressIs(p.governor);
  const fromGovernor = events.filter((e) => ofGovernor(e.address));
  const created = eventsNamed(fromGovernor, "ProposalCreated").map((e) => ({
    ...e.args,
    blockNumber: BigInt(e.blockNumber),
  }));
  const replayed = p.token
    ? quorumFromLogs(events, {
        governor: p.governor,
        token: p.token,
        clock: p.clock,
        denominator: p.quorumDenominator === null ? null : BigInt(p.quorumDenominator),
      })
    : null;
  const check = p.quorumCheck ? { at: BigInt(p.quorumCheck.at), quorum: BigInt(p.quorumCheck.quorum) } : null;
  const quorum =
    p.constantQuorum !== null
      ? constantQuorum(BigInt(p.constantQuorum))
      : quorumMatchesRead(replayed, check)
        ? replayed
        : null;
  const derived = deriveStatuses({ created, governorEvents: fromGovernor, clock, mode: p.mode, quorum });
  return { created, derived, quorumDerived: quorum !== null };
}

/** The clock the logs vouch for at `syncedTo`: the block itself, or (timestamps) the newest logged time. */
export const clockFromLogs = (p: PinnedKeyParams, events: readonly DaoEvent[]) =>
  p.clock === "blocknumber" ? BigInt(p.syncedTo) : BigInt(latestLoggedTime(events));

/** The visit's one pinned governor read, at the block the sync covers; `events` must be the ones the key names. */
export function pinnedGovernorQueryOptions(
  p: PinnedKeyParams | null,
  events: readonly DaoEvent[],
  /** The client the caller already reads with (the chain's configured one otherwise). */
  rpc?: PublicClient,
) {
  return queryOptions({
    queryKey: ["proposals", "pinned", p] as const,
    queryFn:
      p === null
        ? skipToken
        : async ({ queryKey: [, , k] }): Promise<PinnedGovernor> => {
            if (k === null) throw new Error("The governor was read before the sync finished.");
            perfMark("pinned:start");
            // A lower bound of the clock is safe for choosing what to read: a proposal settled at it is settled.
            const bound = clockFromLogs(k, events);
            const { created, derived, quorumDerived } = deriveFromLogs(k, events, bound);
            const open = derived
              .filter((d) => !d.settled)
              .map((d) => ({ id: d.id, quorumAt: d.snapshot < bound ? d.snapshot : null }));
            // Ids that are not their content's hash are mapped through the governor (sequential-id OZ governors;
            // Compound's have no such function).
            const unhashed = k.compound ? [] : created.filter((c) => contentProposalId(c) !== c.proposalId);
            const read = await readPinnedGovernor(
              rpc ?? getPublicClient(k.chainId),
              k.governor,
              { sample: created[0], unhashed, open, tallyFrom: k.tallyFrom, compound: k.compound },
              BigInt(k.syncedTo),
            );
            perfMark("pinned:read");
            // Compared at the governor's own clock, so a boundary between the bound and the block is no mismatch.
            const exact = read.clock === null ? derived : deriveFromLogs(k, events, read.clock).derived;
            return {
              block: k.syncedTo,
              hashFromGovernor: read.hashFromGovernor,
              governorIds: read.governorIds,
              statuses: new Map(read.statuses.map((s) => [s.id, s])),
              settled: derived.length - open.length,
              quorumDerived,
              mismatches: compareStatuses(new Map(exact.map((d) => [d.id, d])), read.statuses),
            };
          },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The visit's pinned governor read for a synced history (idle until the sync is done). */
export function usePinnedGovernor(
  dao: DaoIdentity,
  logs: { events: readonly DaoEvent[]; syncedTo: number | null } | undefined,
) {
  const events = logs?.events;
  const syncedTo = logs?.syncedTo ?? null;
  const params = useMemo(
    () => (events && syncedTo !== null ? pinnedKeyParams(dao, { events, syncedTo }) : null),
    [dao, events, syncedTo],
  );
  return useQuery(pinnedGovernorQueryOptions(params, events ?? []));
}
