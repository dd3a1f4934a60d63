import type { StoredLog } from "@/chain/store/types";
import type { DaoEvent } from "@/domain/events/decode";
import { decodeFinalized } from "./decode-ahead";
import { decodeOffThread } from "./decode-off-thread";
import { joinInChainOrder } from "./decode-slices";

/** One stream's logs as a sync (or the cache) returns them: the first `finalizedCount` will not change. */
export type StreamInput = { id: string; logs: readonly StoredLog[]; finalizedCount: number };
export type Decoded = { events: DaoEvent[]; undecodable: number };

/** What was decoded of a stream's finalized prefix, and the log it ended with. */
type Prefix = { count: number; last: string; events: DaoEvent[]; undecodable: number };

const place = (l: StoredLog | undefined) => (l ? `${l.blockNumber}:${l.logIndex}:${l.blockHash}` : "");

/**
 * Decodes sync results incrementally: a stream's finalized prefix never changes, so each sync decodes only
 * the logs finalized since the last one plus the short unfinalized tail. A prefix that no longer matches
 * (a rewind after a reorg, a cleared cache) is decoded again from the start.
 */
export function createIncrementalDecoder() {
  const prefixes = new Map<string, Prefix>();

  async function decodeStream(s: StreamInput): Promise<Decoded> {
    const known = prefixes.get(s.id);
    const reuse = known && known.count <= s.finalizedCount && place(s.logs[known.count - 1]) === known.last;
    const from = reuse ? known.count : 0;
    const fresh = s.logs.slice(from, s.finalizedCount);
    const tail = s.logs.slice(s.finalizedCount);
    const [final, open] = await Promise.all([
      fresh.length ? decodeFinalized(fresh) : null,
      tail.length ? decodeOffThread([{ logs: tail, finalizedCount: 0 }]) : null,
    ]);
    const prefix: Prefix = {
      count: s.finalizedCount,
      last: place(s.logs[s.finalizedCount - 1]),
      events: reuse ? await joinInChainOrder([known.events, final?.events ?? []]) : (final?.events ?? []),
      undecodable: (reuse ? known.undecodable : 0) + (final?.undecodable ?? 0),
    };
    prefixes.set(s.id, prefix);
    return {
      events: open ? await joinInChainOrder([prefix.events, open.events]) : prefix.events,
      undecodable: prefix.undecodable + (open?.undecodable ?? 0),
    };
  }

  return {
    /** Whether a stream's finalized prefix has been decoded here (a sync of it is then not its first). */
    knows: (id: string) => prefixes.has(id),
    /** All streams' events in chain order. */
    async decode(streams: readonly StreamInput[]): Promise<Decoded> {
      const parts = await Promise.all(streams.map(decodeStream));
      // Each stream's events are in chain order: merged, not sorted (a sort of 263,000 took a long task), in
      // turns; one stream's are already free of repeats.
      const events =
        parts.length === 1 ? (parts[0]?.events ?? []) : await joinInChainOrder(parts.map((p) => p.events));
      return { events, undecodable: parts.reduce((n, p) => n + p.undecodable, 0) };
    },
  };
}
