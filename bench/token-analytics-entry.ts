import type { Address } from "viem";
import { participationAnalytics, proposalSnapshots } from "../src/domain/analytics/participation-analytics";
import { tokenAnalytics } from "../src/domain/analytics/token-analytics";
import { type DaoEvent, decodeStreams } from "../src/domain/events/decode";
import { blockTimesFrom } from "../src/domain/proposals/timing";

type Logs = Parameters<typeof decodeStreams>[0];
type Dao = { governor: Address; token: Address; timelock: Address };

const ADDRESS_ARGS = [
  "from",
  "to",
  "delegator",
  "fromDelegate",
  "toDelegate",
  "delegate",
  "voter",
  "proposer",
];
const ZERO = "0x0000000000000000000000000000000000000000";

/**
 * The history `copies` times over, as if that many times the holders, voters and proposals had lived it side by
 * side: copy k moves every holder to its own address (first byte k) and every proposal id to its own range,
 * and keeps blocks, so supply, holders, votes and proposals all grow k-fold in chain order.
 */
export function scaleEvents(events: readonly DaoEvent[], copies: number): DaoEvent[] {
  if (copies > 255) throw new Error("at most 255 copies (one address byte each)");
  const out: DaoEvent[] = [];
  for (const e of events)
    for (let k = 0; k < copies; k++) {
      if (k === 0) {
        out.push(e);
        continue;
      }
      const args: Record<string, unknown> = { ...e.args };
      for (const name of ADDRESS_ARGS) {
        const v = args[name];
        if (typeof v === "string" && v !== ZERO)
          args[name] = `0x${k.toString(16).padStart(2, "0")}${v.slice(4)}`;
      }
      if (typeof args.proposalId === "bigint") args.proposalId = args.proposalId + (BigInt(k) << 200n);
      out.push({ ...e, args, logIndex: e.logIndex + k * 1_000_000 } as DaoEvent);
    }
  return out.sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
}

/** The token page's numbers (useTokenPage's memos: token replay and series, concentration, participation and
 * dates for blocks) from the events, timed on this thread. */
function tokenPageNumbers(events: readonly DaoEvent[], dao: Dao, block: number) {
  const t0 = performance.now();
  const snapshots = proposalSnapshots(events, dao.governor, block);
  const a = tokenAnalytics({
    events,
    token: dao.token,
    treasury: dao.timelock,
    atBlock: block,
    decimals: 18,
    quorum: (a0(events) * 4n) / 100n,
  });
  const quorums = new Map(snapshots.map((s) => [s.id, (a.state.totalSupply * 4n) / 100n]));
  const p = participationAnalytics({
    events,
    governor: dao.governor,
    changes: a.changes,
    ranked: a.ranked,
    quorums,
    clock: "blocknumber",
    clockNow: block,
    atBlock: block,
  });
  blockTimesFrom(
    events.flatMap((e) =>
      e.blockTimestamp === undefined ? [] : [[e.blockNumber, e.blockTimestamp] as const],
    ),
  );
  const ms = performance.now() - t0;
  return {
    ms,
    holders: a.state.balances.size,
    delegates: a.ranked.length,
    votes: p.votes,
    proposals: snapshots.length,
    seriesPoints: a.series.length,
    nakamotoQuorum: a.nakamotoQuorum,
  };
}

// The page reads totalSupply; here the replay's own total stands in for it (the quorum is 4% of supply).
const a0 = (events: readonly DaoEvent[]) =>
  events.reduce((s, e) => (e.eventName === "Transfer" && e.args.from === ZERO ? s + e.args.value : s), 0n);

let prepared: { events: DaoEvent[]; dao: Dao; block: number } | null = null;

/** Runs in the page, untimed: decodes the synced logs and scales them up to the bench DAO's size. */
export function prepare(streams: Logs, dao: Dao, block: number, copies: number): number {
  prepared = { events: scaleEvents(decodeStreams(streams).events, copies), dao, block };
  return prepared.events.length;
}

/** Runs in the page: the token page's numbers once over the prepared events, with its wall time. */
export function run() {
  if (!prepared) throw new Error("prepare() first");
  return tokenPageNumbers(prepared.events, prepared.dao, prepared.block);
}
