import { useMemo } from "react";
import type { DaoIdentity } from "@/domain/dao/identity";
import { listDisagreements } from "@/domain/proposals/list-agreement";
import { useEarlyHeadRead } from "@/features/proposals/api/head-read";
import { type HeadDelta, useListAtHead } from "@/features/proposals/api/list-at-head";
import {
  type ListSnapshot,
  useHasListSnapshot,
  useListSnapshot,
} from "@/features/proposals/api/list-snapshot";
import { type DaoDelta, type DeltaFrom, useDaoDelta, useDaoRunHead } from "@/features/sync/api/dao-delta";
import type { CachedCopyWhen } from "@/features/sync/api/dao-logs";
import { daoContractsOf } from "../dao-contracts";

/** From how many stored logs the list goes on from the last confirmed one (decoding moves to a worker there). */
export const AT_HEAD_FROM_LOGS = 3_000;

const REFUSED: Record<Exclude<DaoDelta, { ok: true }>["reason"], string> = {
  reorg: "its block is no longer on the chain (a reorg)",
  "no-history": "this browser holds no history to go on from",
  ahead: "it is ahead of the chain's head",
  gap: "this browser's history has a gap after it",
};

/**
 * The proposal list's sources on a visit: `confirmed` (this visit's list read from the whole history), the
 * list at the head built on this device's last confirmed list plus the logs since (one read at the head; the
 * whole history is not needed), and the device's snapshot for the first paint. Where both lists are there for
 * the same block, their differences (none expected) are given, never hidden.
 */
export function useListAtHeadSources(
  dao: DaoIdentity,
  confirmed: (ListSnapshot & { blockHash?: ListSnapshot["blockHash"] }) | undefined,
) {
  const snapshot = useListSnapshot(dao, confirmed);
  const stored = snapshot.stored;
  const hash = stored?.blockHash;
  const from = useMemo<DeltaFrom | null>(
    () => (stored && hash ? { block: Number(stored.blockNumber), hash } : null),
    [stored, hash],
  );
  const contracts = daoContractsOf(dao);
  const delta = useDaoDelta(contracts, from);
  // The confirmed list's open proposals are read at the sync's head as soon as it has one, beside its getLogs.
  const head = useDaoRunHead(contracts, confirmed === undefined ? from : null).data;
  useEarlyHeadRead(dao, stored, head && head.storedLogs >= AT_HEAD_FROM_LOGS ? head.block : null);
  // A small history is read back and decoded sooner than a read at the head would answer: the list at the
  // head would only cost one more request there (the devnet's 18 proposals), so it is for large ones.
  const ok: HeadDelta | undefined =
    delta.data?.ok && delta.data.storedLogs >= AT_HEAD_FROM_LOGS ? delta.data : undefined;
  const atHead = useListAtHead(dao, stored, ok);
  const quick = atHead.data;
  const disagreements = useMemo(
    () =>
      confirmed && quick && confirmed.blockNumber === quick.blockNumber
        ? listDisagreements(confirmed.proposals, quick.proposals)
        : [],
    [confirmed, quick],
  );
  const refused = delta.data && !delta.data.ok ? REFUSED[delta.data.reason] : null;
  const failed = delta.error ?? atHead.error;
  return {
    /** The snapshot to paint while no list of this visit is there. */
    snapshot: snapshot.shown,
    /** The list at the head, while this visit's full list is not there yet. */
    atHead: confirmed === undefined ? quick : undefined,
    disagreements,
    /** Why the list could not go on from the snapshot (the full history is then awaited), if so. */
    fallback: refused ?? (failed ? "the read at the head failed" : null),
    fallbackFrom: from?.block ?? null,
  };
}

/** When the list page reads this browser's copy of the history: with a list of this device's to paint from,
 * only if the sync is slow or fails (so its commit and the logs since are not held up); null while unknown. */
export function useCopyWhen(dao: DaoIdentity): CachedCopyWhen | null {
  const has = useHasListSnapshot(dao);
  return has === undefined ? null : has ? "if-needed" : "now";
}
