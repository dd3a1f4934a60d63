import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address, Hex } from "viem";
import { knownContracts } from "@/domain/actions/known";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { CountingMode } from "@/domain/dao/quorum";
import type { DaoEvent } from "@/domain/events/decode";
import { assembleProposals } from "@/domain/proposals/assemble";
import { type HeadMismatch, listAtHead, proposalsToReadAtHead } from "@/domain/proposals/at-head";
import { ALPHA_COUNTING } from "@/domain/proposals/derive-status";
import { type EventsKey, eventsKey } from "@/domain/proposals/events-key";
import type { ClockNow } from "@/domain/proposals/timing";
import { perfMark } from "@/lib/perf-mark";
import {
  earlyHeadReadParams,
  type GovernorReadKind,
  headReadParams,
  headReadQueryOptions,
} from "./head-read";
import type { ListSnapshot } from "./list-snapshot";

/** What the list at the head rests on, and what its one read at the head checked. */
export type HeadCheck = {
  block: number;
  /** The block of this device's confirmed list it went on from, and the count of logs since. */
  since: number;
  newLogs: number;
  read: number;
  talliesChecked: number;
  unread: bigint[];
  mismatches: HeadMismatch[];
};

/** The proposal list at the head without the whole history: this device's confirmed list, the logs since,
 * and one pinned read at the head of the proposals they cannot settle. */
export type ListAtHead = ListSnapshot & { check: HeadCheck };

/** The logs since the confirmed list's block through the head of this visit's sync. */
export type HeadDelta = { events: DaoEvent[]; since: number; syncedTo: number; headHash: Hex };

/** Every input of the read at the head (the confirmed list is named by its block and hash). */
export type AtHeadKeyParams = {
  chainId: number;
  governor: Address;
  since: number;
  sinceHash: Hex;
  syncedTo: number;
  headHash: Hex;
  events: EventsKey;
  clock: "blocknumber" | "timestamp";
  blockSeconds: number;
  mode: CountingMode | null;
  tallyFrom: "proposalVotes" | "proposals";
  compound: boolean;
  timelock: Address | null;
  token: { address: Address; symbol: string; decimals: number } | null;
};

/** The key inputs from the DAO, its confirmed list and the logs since (null while either is missing). */
export function atHeadKeyParams(
  dao: DaoIdentity,
  snapshot: ListSnapshot | undefined,
  delta: HeadDelta | undefined,
): AtHeadKeyParams | null {
  if (!snapshot?.blockHash || !delta || BigInt(delta.since) !== snapshot.blockNumber) return null;
  const alpha = dao.kind.kind === "alpha" || dao.kind.kind === "bravo";
  const t = dao.token;
  return {
    chainId: dao.chainId,
    governor: dao.governor,
    since: delta.since,
    sinceHash: snapshot.blockHash,
    syncedTo: delta.syncedTo,
    headHash: delta.headHash,
    events: eventsKey(delta.events),
    clock: dao.clock.kind,
    blockSeconds: dao.blockSeconds,
    mode: alpha ? ALPHA_COUNTING : dao.countingMode,
    tallyFrom: dao.kind.tallyFrom,
    compound: dao.kind.lifecycleBy === "id",
    timelock: dao.timelock,
    token: t ? { address: t.address, symbol: t.symbol, decimals: t.decimals } : null,
  };
}

/** The list at the head; `snapshot` and `delta` must be the ones the key names. */
export function listAtHeadQueryOptions(
  p: AtHeadKeyParams | null,
  snapshot: ListSnapshot | undefined,
  delta: HeadDelta | undefined,
) {
  return queryOptions({
    queryKey: ["proposals", "at-head", p] as const,
    queryFn:
      p === null || !snapshot || !delta
        ? skipToken
        : async ({ client, queryKey: [, , k] }): Promise<ListAtHead> => {
            if (k === null) throw new Error("The list at the head was read before its logs.");
            const { ids, created } = proposalsToReadAtHead(snapshot.proposals, delta.events, k.governor);
            const { chainId, governor, clock, tallyFrom, compound } = k;
            const kind: GovernorReadKind = { chainId, governor, clock, tallyFrom, compound };
            // The confirmed list's open proposals: the early read (sent beside the sync's getLogs) when it was at
            // this head, else read now; then only what the logs since add (new proposals, touched final ones).
            const early = earlyHeadReadParams(kind, snapshot, k.syncedTo);
            const asked = new Set(early.open.map((o) => o.id));
            const more = ids.filter((id) => !asked.has(id.toString()));
            const starts = new Map(created.map((c) => [c.proposalId, c.voteStart] as const));
            for (const p of snapshot.proposals) starts.set(p.id, p.voteStart);
            const [first, second] = await Promise.all([
              client.fetchQuery(headReadQueryOptions(early)),
              more.length > 0
                ? client.fetchQuery(
                    headReadQueryOptions(headReadParams(kind, k.syncedTo, more, starts, snapshot.now.clock)),
                  )
                : null,
            ]);
            const head = BigInt(k.syncedTo);
            const statuses = [...first.statuses, ...(second?.statuses ?? [])];
            perfMark("at-head:read");
            // The confirmed list's probes: new proposals' targets it did not probe stay undecoded ("Other").
            const probes = snapshot.probes ?? [];
            const known = knownContracts(
              { governor: k.governor, timelock: k.timelock, token: k.token },
              probes,
            );
            const r = listAtHead({
              confirmed: snapshot.proposals,
              delta: delta.events,
              governor: k.governor,
              created,
              reads: new Map(statuses.map((s) => [s.id, s])),
              mode: k.mode,
              assemble: (c, s) => assembleProposals(c, s, known),
            });
            const now: ClockNow = {
              ...snapshot.now,
              clock: k.clock === "blocknumber" ? head : (first.clock ?? first.timestamp),
              timestamp: Number(first.timestamp),
            };
            return {
              proposals: r.proposals,
              now,
              blockNumber: head,
              blockHash: k.headHash,
              check: {
                block: k.syncedTo,
                since: k.since,
                newLogs: delta.events.length,
                read: ids.length,
                talliesChecked: r.talliesChecked,
                unread: r.unread,
                mismatches: r.mismatches,
              },
            };
          },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The list at the head from this device's confirmed list and the logs since (idle until both are here). */
export function useListAtHead(
  dao: DaoIdentity,
  snapshot: ListSnapshot | undefined,
  delta: HeadDelta | undefined,
) {
  const params = useMemo(() => atHeadKeyParams(dao, snapshot, delta), [dao, snapshot, delta]);
  return useQuery(listAtHeadQueryOptions(params, snapshot, delta));
}
