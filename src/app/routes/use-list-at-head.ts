import { useMemo } from "react";
import type { DaoIdentity } from "@/domain/dao/identity";
import { listDisagreements } from "@/domain/proposals/list-agreement";
import { type HeadDelta, useListAtHead } from "@/features/proposals/api/list-at-head";
import { type ListSnapshot, useListSnapshot } from "@/features/proposals/api/list-snapshot";
import { type DaoDelta, type DeltaFrom, useDaoDelta } from "@/features/sync/api/dao-delta";
import { daoContractsOf } from "../dao-contracts";

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
  const delta = useDaoDelta(daoContractsOf(dao), from);
  const ok: HeadDelta | undefined = delta.data?.ok ? delta.data : undefined;
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
