import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { discoveredTokens } from "@/domain/treasury/assets";
import { treasuryReport } from "@/domain/treasury/report";
import { readTreasury } from "./treasury-reads";

/** The synced history the treasury is computed from (as `useDaoHistory` gives it). */
export type TreasuryHistory = { events: DaoEvent[]; syncedTo: number | null };

type Params = {
  chainId: number;
  governor: Address;
  treasury: Address;
  /** The block shown: `?at=` or the synced head. */
  block: number;
  syncedTo: number;
  /** Identify the events without putting them in the key. */
  logs: number;
  last: string;
  tokens: readonly Address[];
};

/** The treasury report as of one block; the events are keyed by the synced block, their count and last log. */
export function treasuryQueryOptions(p: Params | null, dao: DaoIdentity, events: readonly DaoEvent[]) {
  return queryOptions({
    queryKey: ["treasury", "report", p] as const,
    queryFn:
      p === null
        ? skipToken
        : async ({ queryKey }) => {
            const k = queryKey[2] ?? p;
            const client = getPublicClient(k.chainId);
            const parties = {
              treasury: k.treasury,
              governor: k.governor,
              timelock: dao.timelock,
              // Compound-style governors (ids, not content) execute through Compound's Timelock.
              timelockKind:
                dao.kind.lifecycleBy === "id" ? ("compound" as const) : ("timelock-controller" as const),
            };
            const reads = await readTreasury(client, dao, k.treasury, k.tokens, events, k.block, k.syncedTo);
            const token = dao.token
              ? { address: dao.token.address, symbol: dao.token.symbol, decimals: dao.token.decimals }
              : null;
            return treasuryReport(events, parties, token, reads);
          },
    staleTime: 15_000,
  });
}

/** The treasury as of `at` (null: the synced head) from the DAO's synced history; `listed` are tokens known to
 * matter before any transfer of them is synced. An `at` past the synced head waits for the sync. */
export function useTreasury(
  dao: DaoIdentity,
  history: TreasuryHistory | undefined,
  at: number | null,
  listed: readonly Address[],
) {
  const syncedTo = history?.syncedTo ?? null;
  const events = history?.events ?? [];
  const treasury = dao.treasury.address;
  const last = events[events.length - 1];
  const block = syncedTo === null ? null : at === null ? syncedTo : Math.min(at, syncedTo);
  const params: Params | null =
    syncedTo === null || block === null
      ? null
      : {
          chainId: dao.chainId,
          governor: dao.governor,
          treasury,
          block,
          syncedTo,
          logs: events.length,
          last: last ? `${last.blockNumber}:${last.logIndex}:${last.transactionHash}` : "",
          tokens: discoveredTokens(events, treasury, listed),
        };
  const query = useQuery({ ...treasuryQueryOptions(params, dao, events), placeholderData: (prev) => prev });
  return { ...query, beyondHead: at !== null && syncedTo !== null && at > syncedTo };
}
