import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { type GovernorStatusRead, readPinnedGovernor } from "@/chain/reads/governor-pinned";
import type { DaoIdentity } from "@/domain/dao/identity";
import { openOfConfirmed } from "@/domain/proposals/at-head";
import type { Proposal } from "@/domain/proposals/proposal";
import { perfMark } from "@/lib/perf-mark";

/** How the governor is read: its clock, where it keeps tallies, and whether OZ-only calls apply. */
export type GovernorReadKind = {
  chainId: number;
  governor: Address;
  clock: "blocknumber" | "timestamp";
  tallyFrom: "proposalVotes" | "proposals";
  compound: boolean;
};

/** How a DAO's governor is read. */
export const governorReadKind = (dao: DaoIdentity): GovernorReadKind => ({
  chainId: dao.chainId,
  governor: dao.governor,
  clock: dao.clock.kind,
  tallyFrom: dao.kind.tallyFrom,
  compound: dao.kind.lifecycleBy === "id",
});

/** Every input of one pinned read at a head: the proposals (ids and quorum snapshots as decimal strings, so the
 * key stays JSON) and the block. */
export type HeadReadParams = Omit<GovernorReadKind, "clock"> & {
  block: number;
  open: { id: string; quorumAt: string | null }[];
};

/** The governor's answers at the head, with that block's clock and timestamp. */
export type HeadRead = { statuses: GovernorStatusRead[]; clock: bigint | null; timestamp: bigint };

/** What a read at `block` asks of `ids`: quorum(t) reverts for t >= clock(), so it is asked only for
 * snapshots below a lower bound of the head's clock (the block itself, or the confirmed list's clock). */
export function headReadParams(
  k: GovernorReadKind,
  block: number,
  ids: readonly bigint[],
  starts: ReadonlyMap<bigint, bigint>,
  confirmedClock: bigint,
): HeadReadParams {
  const bound = k.clock === "blocknumber" ? BigInt(block) : confirmedClock;
  const open = ids.map((id) => {
    const start = starts.get(id);
    return { id: id.toString(), quorumAt: start !== undefined && start < bound ? start.toString() : null };
  });
  const { clock: _, ...rest } = k;
  return { ...rest, block, open };
}

/** The read of a confirmed list's proposals that are not final yet, at `block`: sent as soon as the sync has
 * read its head, beside its getLogs, so the list at the head waits for no round trip of its own after the logs
 * (only proposals created or touched since need a second read). */
export function earlyHeadReadParams(
  k: GovernorReadKind,
  confirmed: { proposals: readonly Proposal[]; now: { clock: bigint } },
  block: number,
): HeadReadParams {
  const starts = new Map(confirmed.proposals.map((p) => [p.id, p.voteStart] as const));
  return headReadParams(k, block, openOfConfirmed(confirmed.proposals), starts, confirmed.now.clock);
}

/** One multicall and the block's header at `block` (one JSON-RPC batch). */
export function headReadQueryOptions(p: HeadReadParams | null) {
  return queryOptions({
    queryKey: ["proposals", "head-read", p] as const,
    queryFn: p
      ? async ({ queryKey: [, , k] }): Promise<HeadRead> => {
          if (!k) throw new Error("no read"); // unreachable: without params the query is skipToken
          const client = getPublicClient(k.chainId);
          const block = BigInt(k.block);
          const open = k.open.map((o) => ({
            id: BigInt(o.id),
            quorumAt: o.quorumAt === null ? null : BigInt(o.quorumAt),
          }));
          perfMark("head-read:start");
          const [read, header] = await Promise.all([
            readPinnedGovernor(
              client,
              k.governor,
              { open, tallyFrom: k.tallyFrom, compound: k.compound },
              block,
            ),
            client.getBlock({ blockNumber: block }),
          ]);
          perfMark("head-read:done");
          return { statuses: read.statuses, clock: read.clock, timestamp: header.timestamp };
        }
      : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** Sends the early read of `confirmed`'s open proposals at `head` (the sync's, as soon as it is read); idle
 * while either is missing. The list at the head takes its answer (one query, so it is read once). */
export function useEarlyHeadRead(
  dao: DaoIdentity,
  confirmed: { proposals: readonly Proposal[]; now: { clock: bigint } } | undefined,
  head: number | null,
) {
  const params = useMemo(
    () => (confirmed && head !== null ? earlyHeadReadParams(governorReadKind(dao), confirmed, head) : null),
    [dao, confirmed, head],
  );
  return useQuery(headReadQueryOptions(params));
}
