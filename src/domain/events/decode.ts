import type { Address, DecodeEventLogReturnType, Hex } from "viem";
import type { DaoEventAbi } from "./dao-events-abi";
import { daoFastDecoder as fast } from "./decode-fast";
import { type Decoded, decodeGeneric, withFullCalldatas } from "./decode-generic";

/** A raw log as the sync engine stores it (plain JSON). */
export type RawLog = {
  blockNumber: number;
  logIndex: number;
  blockHash: Hex;
  transactionHash: Hex;
  address: Address;
  topics: Hex[];
  data: Hex;
  /** The block's timestamp in seconds, when the node sent it with the log. */
  blockTimestamp?: number;
};

/** A decoded DAO event: `eventName` narrows `args` to that event's typed arguments. */
export type DaoEvent = DecodeEventLogReturnType<DaoEventAbi> & {
  address: Address;
  blockNumber: number;
  logIndex: number;
  transactionHash: Hex;
  /** The block's timestamp in seconds, when the node sent it with the log. */
  blockTimestamp?: number;
  /** False for logs above the finalized block, which may still change. */
  finalized: boolean;
};

/** Decodes one log: the fast path for the DAO events, viem's generic path for whatever it declines; throws
 * when nothing fits. A topic0 no decoder knows is refused at once (viem's path would scan the ABI to fail). */
export function decodeLog(topics: readonly Hex[], data: Hex): Decoded {
  const signature = topics[0];
  if (signature === undefined || !fast.known(signature)) throw new Error("no DAO event has this topic0");
  const decoded = fast.decode(topics, data);
  return decoded ? withFullCalldatas(decoded) : decodeGeneric([signature, ...topics.slice(1)], data);
}

/** Decodes logs in chain order; logs of unknown shape are counted, not thrown. */
export function decodeDaoLogs(logs: readonly RawLog[], finalizedCount = logs.length) {
  const events: DaoEvent[] = [];
  let undecodable = 0;
  for (let i = 0; i < logs.length; i++) {
    const log = logs[i];
    if (!log) continue;
    let decoded: Decoded;
    try {
      decoded = decodeLog(log.topics, log.data);
    } catch {
      undecodable++;
      continue;
    }
    // Fields named one by one: an object spread of the decoded log cost more than decoding it.
    const event = {
      eventName: decoded.eventName,
      args: decoded.args,
      address: log.address,
      blockNumber: log.blockNumber,
      logIndex: log.logIndex,
      transactionHash: log.transactionHash,
      finalized: i < finalizedCount,
    } as DaoEvent;
    if (log.blockTimestamp !== undefined) event.blockTimestamp = log.blockTimestamp;
    events.push(event);
  }
  return { events, undecodable };
}

/** The events of one name, with `args` typed for it. */
export function eventsNamed<N extends DaoEvent["eventName"]>(events: readonly DaoEvent[], name: N) {
  return events.filter((e): e is Extract<DaoEvent, { eventName: N }> => e.eventName === name);
}

/** Decodes each stream with its own finalized split and merges them into chain order. */
export function decodeStreams(streams: readonly { logs: readonly RawLog[]; finalizedCount: number }[]) {
  let undecodable = 0;
  const events = streams.flatMap((s) => {
    const d = decodeDaoLogs(s.logs, s.finalizedCount);
    undecodable += d.undecodable;
    return d.events;
  });
  events.sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
  return { events: withoutDuplicates(events), undecodable };
}

/** Drops repeats of a log fetched by two streams (the governance token's treasury transfers are in the core
 * stream and in the treasury's Transfer streams); `events` must be in chain order. */
export function withoutDuplicates<E extends { blockNumber: number; logIndex: number }>(events: E[]): E[] {
  let prev: E | undefined;
  const out = events.filter((e) => {
    const dup = prev !== undefined && prev.blockNumber === e.blockNumber && prev.logIndex === e.logIndex;
    prev = e;
    return !dup;
  });
  return out.length === events.length ? events : out;
}
