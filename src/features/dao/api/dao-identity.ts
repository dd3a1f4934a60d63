import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient, withDeadline } from "@/chain/client";
import { type DaoContractsFound, readDaoIdentity } from "@/chain/reads/dao-identity";
import { searchDaoStartAhead } from "@/chain/sync/deploy-block-ahead";
import { offerHead } from "@/chain/sync/offered-heads";
import { blockSecondsFor, chainFor } from "@/config/chains";
import { devnetInfo } from "@/config/devnet";
import { rpcUrlsFor } from "@/config/rpc-settings";
import { daoIdentityFromRead } from "@/domain/dao/identity";
import { perfMark } from "@/lib/perf-mark";
import { recentDaos } from "./recent-daos";

/** Which DAO: a governor on a chain. */
export type DaoRef = { chainId: number; address: Address };

const DISCOVERY_DEADLINE_MS = 6_000;
/** How long an identity restored from this device is shown without a re-read when a page opens. */
export const KEEP_RESTORED_MS = 3_600_000;

/** True when an identity read at `readAt` came from this device's storage (read before this page started) and
 * is recent enough to keep: a reload then costs no identity round trips. Its governor settings change only by
 * an executed proposal (this app's writes invalidate it), its balances are labelled with the block they were
 * read at, and it is read again after an hour, on any write, or on a mount once it is older. */
export function keepsRestored(readAt: number, pageStart: number, now: number): boolean {
  return readAt > 0 && readAt < pageStart && now - readAt < KEEP_RESTORED_MS;
}

/** True when nothing here knows where this DAO's logs begin: not a devnet DAO (devnet.json names its deploy
 * block) and never opened in this browser (its synced streams store their first block; a re-read of the
 * identity must not search again). */
export function startUnknown(chainId: number, governor: Address): boolean {
  const devnet = devnetInfo();
  const same = (a: Address) => a.toLowerCase() === governor.toLowerCase();
  if (devnet?.chainId === chainId && devnet.daos.some((d) => same(d.governor))) return false;
  return !recentDaos().some((d) => d.chainId === chainId && same(d.address));
}

/** The DAO area's key factory: `[area, kind, { chainId, governor }]`, the governor named as in every area. */
export const daoKeys = {
  identity: (ref: DaoRef | null) =>
    ["dao", "identity", ref ? { chainId: ref.chainId, governor: ref.address } : null] as const,
};

/** Discovery of a DAO's identity (idle without one); the transport already retries, so the query does not. */
export function daoIdentityQueryOptions(ref: DaoRef | null) {
  return queryOptions({
    queryKey: daoKeys.identity(ref),
    queryFn:
      ref === null
        ? skipToken
        : async ({ queryKey: [, , k] }) => {
            if (k === null) throw new Error("No DAO to discover.");
            perfMark("identity:start");
            // A blackholed RPC would otherwise keep the page waiting through every timeout and retry.
            // On a first visit, once the contracts are known, where their logs begin is searched at once: the
            // sync that follows the page's render then finds it found (or under way) instead of starting after
            // its own head read.
            const client = getPublicClient(k.chainId);
            const searchStart = (c: DaoContractsFound) => {
              // The sync that follows the page's render starts from this head instead of reading its own.
              if (c.head) offerHead(c.chainId, c.head);
              if (startUnknown(c.chainId, k.governor))
                searchDaoStartAhead(
                  chainFor(c.chainId),
                  rpcUrlsFor(c.chainId),
                  c.addresses,
                  Number(c.blockNumber),
                  client,
                );
            };
            const read = await withDeadline(
              readDaoIdentity(client, k.governor, searchStart),
              DISCOVERY_DEADLINE_MS,
              k.chainId,
            );
            perfMark("identity:end");
            return daoIdentityFromRead(read, blockSecondsFor(k.chainId));
          },
    staleTime: 60_000,
    refetchOnMount: (q) => !keepsRestored(q.state.dataUpdatedAt, performance.timeOrigin, Date.now()),
    retry: false,
  });
}

/** The DAO's identity (governor settings, token, treasury) read in one pinned batch. */
export function useDaoIdentity(ref: DaoRef | null) {
  return useQuery(daoIdentityQueryOptions(ref));
}
