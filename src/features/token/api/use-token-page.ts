import { useMemo } from "react";
import { participationAnalytics, proposalSnapshots } from "@/domain/analytics/participation-analytics";
import { tokenAnalytics } from "@/domain/analytics/token-analytics";
import type { BlockTime } from "@/domain/analytics/units";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { DaoEvent } from "@/domain/events/decode";
import { blockTimesFrom, clockToTime } from "@/domain/proposals/timing";
import { useTokenReads } from "./token-reads";

/** How a token's amounts are shown: decimals (0 for ERC721Votes, which has none) and the unit's name. */
export type TokenUnit = { decimals: number; symbol: string; isNft: boolean };

/** The token page's data as of one block: pinned reads, every figure from the logs, and dates for blocks. */
export function useTokenPage(
  dao: DaoIdentity,
  logs: { events: DaoEvent[]; syncedTo: number | null } | undefined,
  atBlock: number | null,
) {
  const syncedTo = logs?.syncedTo ?? null;
  const block = syncedTo === null ? null : atBlock === null ? syncedTo : Math.min(atBlock, syncedTo);
  const events = logs?.events;
  const snapshots = useMemo(
    () =>
      events && block !== null
        ? proposalSnapshots(events, dao.governor, block).map(
            (s) => [s.id.toString(), s.voteStart.toString()] as const,
          )
        : [],
    [events, dao.governor, block],
  );
  const token = dao.token;
  const reads = useTokenReads(
    token && block !== null
      ? {
          chainId: dao.chainId,
          governor: dao.governor,
          token: token.address,
          treasury: dao.treasury.address,
          block,
          snapshots,
        }
      : null,
  );
  const read = reads.data;
  const unit: TokenUnit | null = read
    ? {
        decimals: read.decimals ?? 0,
        symbol: read.symbol || (read.decimals === null ? "NFTs" : "tokens"),
        isNft: read.decimals === null,
      }
    : null;
  const analytics = useMemo(
    () =>
      events && token && read
        ? tokenAnalytics({
            events,
            token: token.address,
            treasury: dao.treasury.address,
            atBlock: block,
            decimals: read.decimals ?? 0,
            quorum: read.quorum,
          })
        : null,
    [events, token, read, dao.treasury.address, block],
  );
  const participation = useMemo(() => {
    if (!events || !analytics || !read) return null;
    const quorums = new Map([...read.quorums].map(([id, q]) => [BigInt(id), q]));
    return participationAnalytics({
      events,
      governor: dao.governor,
      changes: analytics.changes,
      ranked: analytics.ranked,
      quorums,
      clock: dao.clock.kind,
      clockNow: Number(read.clock ?? read.blockNumber),
      atBlock: block,
    });
  }, [events, analytics, read, dao.governor, dao.clock.kind, block]);
  // Logs carry their block's time on newer nodes; other blocks are placed between known ones ("~").
  const timeOf = useMemo(() => {
    if (!read || !events) return null;
    const known = blockTimesFrom(
      events.flatMap((e) =>
        e.blockTimestamp === undefined ? [] : [[e.blockNumber, e.blockTimestamp] as const],
      ),
    );
    const now = {
      mode: { kind: "blocknumber" as const },
      clock: read.blockNumber,
      timestamp: read.timestamp,
      secondsPerBlock: read.secondsPerBlock ?? dao.blockSeconds,
      knownTimes: known,
    };
    return (b: number): BlockTime => clockToTime(BigInt(b), now);
  }, [read, events, dao.blockSeconds]);
  return { block, syncedTo, reads, unit, analytics, participation, timeOf };
}
