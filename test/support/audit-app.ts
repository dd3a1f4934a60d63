import type { Address, PublicClient } from "viem";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { readTokenPage } from "@/chain/reads/token-page";
import { type DaoContracts, daoStreams, treasuryOf } from "@/chain/sync/dao-streams";
import { participationAnalytics, proposalSnapshots } from "@/domain/analytics/participation-analytics";
import { tokenAnalytics } from "@/domain/analytics/token-analytics";
import { tokenChanges } from "@/domain/analytics/token-replay";
import { type DaoIdentity, daoIdentityFromRead } from "@/domain/dao/identity";
import { castVotes, proposalRefs } from "@/domain/delegation/from-events";
import { buildLeaderboard } from "@/domain/delegation/leaderboard";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { type DaoEvent, decodeStreams } from "@/domain/events/decode";
import { discoveredTokens } from "@/domain/treasury/assets";
import { treasuryReport } from "@/domain/treasury/report";
import { readTreasury } from "@/features/treasury/api/treasury-reads";
import { engineFor } from "../integration/sync-fixture";

/** A DAO synced by the app's engine: its identity as the app reads it and its decoded events. */
export type SyncedDao = { contracts: DaoContracts; dao: DaoIdentity; events: DaoEvent[]; syncedTo: number };

/** Syncs a DAO the way the app does (the same streams, engine and decoder) and reads its identity. */
export async function syncDao(
  client: PublicClient,
  rpcUrl: string,
  contracts: DaoContracts,
): Promise<SyncedDao> {
  const r = await engineFor(rpcUrl).engine.sync(daoStreams(contracts, daoEventTopics, transferTopic));
  const { events } = decodeStreams(r.streams);
  const dao = daoIdentityFromRead(await readDaoIdentity(client, contracts.governor), 12);
  return { contracts, dao, events, syncedTo: r.syncedTo };
}

/** The treasury page's report as of `block` (as `treasuryQueryOptions` assembles it). */
export async function appTreasury(client: PublicClient, s: SyncedDao, block: number) {
  const treasury = treasuryOf(s.contracts);
  const tokens = discoveredTokens(s.events, treasury, s.contracts.treasuryTokens ?? []);
  const reads = await readTreasury(client, s.dao, treasury, tokens, s.events, block, s.syncedTo);
  const parties = {
    treasury,
    governor: s.contracts.governor,
    timelock: s.contracts.timelock,
    timelockKind: "timelock-controller" as const,
  };
  const t = s.dao.token;
  const token = t ? { address: t.address, symbol: t.symbol, decimals: t.decimals } : null;
  return treasuryReport(s.events, parties, token, reads);
}

/** The token page's reads and figures as of `block` (as `useTokenPage` computes them). */
export async function appToken(client: PublicClient, s: SyncedDao, block: number) {
  const token = s.contracts.token;
  const treasury = treasuryOf(s.contracts);
  const snapshots = proposalSnapshots(s.events, s.contracts.governor, block);
  const read = await readTokenPage(
    client,
    { governor: s.contracts.governor, token, treasury, snapshots },
    BigInt(block),
  );
  const a = tokenAnalytics({
    events: s.events,
    token,
    treasury,
    atBlock: block,
    decimals: read.decimals ?? 0,
    quorum: read.quorum,
  });
  const participation = participationAnalytics({
    events: s.events,
    governor: s.contracts.governor,
    changes: a.changes,
    ranked: a.ranked,
    quorums: new Map([...read.quorums].map(([id, q]) => [BigInt(id), q])),
    clock: s.dao.clock.kind,
    clockNow: Number(read.clock ?? BigInt(block)),
    atBlock: block,
  });
  return { read, a, participation };
}

/** The delegates page's leaderboard as of `block` (as `useLeaderboard` builds it; `nowSeconds` is that block's
 * time and `clockNow` the governor's clock then). */
export function appLeaderboard(s: SyncedDao, block: number, nowSeconds: number, clockNow: bigint) {
  const changes = tokenChanges(s.events, s.contracts.token);
  return buildLeaderboard({
    changes,
    atBlock: block,
    proposals: proposalRefs(s.events, s.contracts.governor),
    votes: castVotes(s.events, s.contracts.governor),
    clock: s.dao.clock,
    nowClock: clockNow,
    nowSeconds,
    quorum: null,
    timeOf: (p) => nowSeconds - (block - p.blockNumber) * s.dao.blockSeconds,
  });
}

/** Lower-cased address. */
export const low = (a: Address | string) => a.toLowerCase();
