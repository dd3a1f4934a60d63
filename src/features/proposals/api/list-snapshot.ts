import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import type { Address, Hex } from "viem";
import type { Probe } from "@/domain/actions/known";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { Proposal } from "@/domain/proposals/proposal";
import type { ClockNow } from "@/domain/proposals/timing";
import { readSnapshot, writeSnapshot } from "@/lib/snapshot-store";
import { listSnapshotKey } from "@/lib/snapshot-store-keys";

/** The proposal list as last read and confirmed on this device: what the list page paints on a reload before
 * the history is read back from IndexedDB and decoded (seconds for a large DAO), labelled with its block. */
export type ListSnapshot = {
  proposals: Proposal[];
  now: ClockNow;
  blockNumber: bigint;
  /** The hash of `blockNumber` as the read saw it: a later visit goes on from the list only while that block
   * is still on the chain (absent in snapshots of older versions: they only paint). */
  blockHash?: Hex;
  /** The proposal targets the read probed (ERC-20s, charters), so a list painted from logs alone or built at
   * the head decodes and categorises them as the read did (absent in snapshots of older versions). */
  probes?: Probe[];
};

type SnapshotKeyParams = { chainId: number; governor: Address };
// The block each DAO's snapshot was last written at in this tab (one entry per DAO opened).
const written = new Map<string, bigint>();
const storageKey = (k: SnapshotKeyParams) => listSnapshotKey(k.chainId, k.governor);

/** This device's last confirmed list of a DAO (no network); null when there is none. */
export function listSnapshotQueryOptions(k: SnapshotKeyParams | null) {
  return queryOptions({
    queryKey: ["proposals", "snapshot", k] as const,
    queryFn: k
      ? ({ queryKey: [, , p] }) => (p ? readSnapshot<ListSnapshot>(storageKey(p)) : null)
      : skipToken,
    // Read once per visit: the page's own reads replace it as soon as they answer.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The last confirmed list of the DAO while `confirmed` (this visit's list read at its block) is not there
 * yet; each new confirmed list is stored for the next visit. Only reads are stored, never a list from logs
 * alone, so a snapshot always names the block a read confirmed it at. `stored` is the snapshot this visit
 * found, kept after a confirmed list replaced it (the list at the head goes on from it).
 */
export function useListSnapshot(dao: DaoIdentity, confirmed: ListSnapshot | undefined) {
  const key = { chainId: dao.chainId, governor: dao.governor };
  const snapshot = useQuery({ ...listSnapshotQueryOptions(key), enabled: confirmed === undefined });
  const where = storageKey(key);
  useEffect(() => {
    if (!confirmed || written.get(where) === confirmed.blockNumber) return;
    // Once per confirmed block: a list re-read at the same block is the same list.
    written.set(where, confirmed.blockNumber);
    const { proposals, now, blockNumber, blockHash, probes } = confirmed;
    void writeSnapshot(where, { proposals, now, blockNumber, blockHash, probes } satisfies ListSnapshot);
  }, [where, confirmed]);
  const stored = snapshot.data ?? undefined;
  return { shown: confirmed === undefined ? stored : undefined, stored };
}

/** Whether this device holds a confirmed list of the DAO to paint from (undefined while that is being read). */
export function useHasListSnapshot(dao: DaoIdentity): boolean | undefined {
  const snapshot = useQuery(listSnapshotQueryOptions({ chainId: dao.chainId, governor: dao.governor }));
  return snapshot.data === undefined ? (snapshot.isError ? false : undefined) : snapshot.data !== null;
}
