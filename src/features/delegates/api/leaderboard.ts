import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readBlockTimes } from "@/chain/reads/block-times";
import { readDelegationCheck } from "@/chain/reads/delegation-check";
import { nakamoto } from "@/domain/analytics/concentration";
import { tokenChanges } from "@/domain/analytics/token-replay";
import type { DaoIdentity } from "@/domain/dao/identity";
import { castVotes, proposalRefs } from "@/domain/delegation/from-events";
import { buildLeaderboard } from "@/domain/delegation/leaderboard";
import { reconcile } from "@/domain/delegation/reconcile";
import type { DaoEvent } from "@/domain/events/decode";
import { type AtBlock, parseAtBlock } from "@/lib/at-block";

/** How many of the top delegates the reconciliation reads back from the chain. */
export const CHECKED_DELEGATES = 25;

/** The pinned block's timestamp (dates "30 days before"; a block's time never changes). */
export function blockTimeQueryOptions(p: { chainId: number; governor: Address; block: number }) {
  return queryOptions({
    queryKey: ["delegates", "block-time", p] as const,
    queryFn: async ({ queryKey: [, , k] }) => {
      const times = await readBlockTimes(getPublicClient(k.chainId), k.chainId, [BigInt(k.block)]);
      const t = times.get(BigInt(k.block));
      if (t === undefined) throw new Error(`Block ${k.block} has no timestamp`);
      return t;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

type CheckParams = {
  chainId: number;
  governor: Address;
  token: Address;
  readAt: number;
  atBlock: number;
  timestampClock: boolean;
  delegates: Address[];
};

/** getVotes (or getPastVotes) of the top delegates and the supply, in one multicall pinned to the synced block. */
export function delegationCheckQueryOptions(p: CheckParams | typeof skipToken) {
  return queryOptions({
    queryKey: ["delegates", "check", p === skipToken ? null : p] as const,
    queryFn:
      p === skipToken
        ? skipToken
        : ({ queryKey: [, , k] }) => {
            if (!k) throw new Error("no check parameters");
            return readDelegationCheck(getPublicClient(k.chainId), { ...k });
          },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where the page stands: the block it shows (the `?at=` block, or the synced head) and what was asked. */
export function pinnedBlock(
  raw: unknown,
  syncedTo: number | null,
): { at: AtBlock; block: number | null; capped: boolean } {
  const at = parseAtBlock(raw);
  if (syncedTo === null) return { at, block: null, capped: false };
  if (at.kind !== "block") return { at, block: syncedTo, capped: false };
  return { at, block: Math.min(at.block, syncedTo), capped: at.block > syncedTo };
}

/** The leaderboard at the pinned block, computed from the synced logs, and its reconciliation with the chain. */
export function useLeaderboard(
  dao: DaoIdentity,
  logs: { events: DaoEvent[]; syncedTo: number | null } | undefined,
  rawAt: unknown,
) {
  const token = dao.token?.address ?? null;
  const syncedTo = logs?.syncedTo ?? null;
  const pin = pinnedBlock(rawAt, syncedTo);
  const time = useQuery({
    ...blockTimeQueryOptions({ chainId: dao.chainId, governor: dao.governor, block: pin.block ?? 0 }),
    enabled: pin.block !== null,
  });
  const events = logs?.events;
  const changes = useMemo(() => (events && token ? tokenChanges(events, token) : []), [events, token]);
  const proposals = useMemo(() => (events ? proposalRefs(events, dao.governor) : []), [events, dao.governor]);
  const votes = useMemo(() => (events ? castVotes(events, dao.governor) : []), [events, dao.governor]);
  const nowSeconds = time.data;
  const board = useMemo(() => {
    if (pin.block === null || nowSeconds === undefined) return null;
    const atBlock = pin.block;
    const spb = dao.blockSeconds;
    const state = buildLeaderboard({
      changes,
      atBlock,
      proposals,
      votes,
      clock: dao.clock,
      nowClock: dao.clock.kind === "timestamp" ? BigInt(nowSeconds) : BigInt(atBlock),
      nowSeconds,
      quorum: null,
      // Logs from older nodes carry no block time: estimate it back from the pinned block.
      timeOf: (p) => nowSeconds - (atBlock - p.blockNumber) * spb,
    });
    const q = dao.quorum;
    return {
      ...state,
      forQuorum: q
        ? nakamoto(
            state.rows.map((r) => r.votes),
            (state.totalSupply * q.numerator) / q.denominator,
          )
        : null,
    };
  }, [changes, proposals, votes, pin.block, nowSeconds, dao.clock, dao.blockSeconds, dao.quorum]);
  const top = board?.rows.slice(0, CHECKED_DELEGATES).map((r) => r.address as Address) ?? [];
  const check = useQuery(
    delegationCheckQueryOptions(
      board && token && syncedTo !== null
        ? {
            chainId: dao.chainId,
            governor: dao.governor,
            token,
            readAt: syncedTo,
            atBlock: board.blockNumber,
            timestampClock: dao.clock.kind === "timestamp",
            delegates: top,
          }
        : skipToken,
    ),
  );
  const reconciliation = useMemo(
    () => (board && check.data ? reconcile(board, check.data) : null),
    [board, check.data],
  );
  return {
    pin,
    board,
    votes,
    proposals,
    changes,
    /** The pinned block's time (the clock "now" of a timestamp-clock DAO); undefined until read. */
    nowSeconds,
    reconciliation,
    error: time.error ?? check.error,
    checking: check.isLoading,
  };
}
