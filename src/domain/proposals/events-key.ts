/** What identifies a set of synced events in a query key: their count and a fingerprint of every log's place. */
export type EventsKey = { count: number; last: number | null; fingerprint: string };

type Keyed = readonly { blockNumber: number; logIndex: number; transactionHash: string }[];
// A synced set of events is never changed in place, and several reads key on the same set: hashed once.
const keys = new WeakMap<Keyed, EventsKey>();

/**
 * Identifies events by count, last block and an FNV-1a hash over each log's transaction hash and index, so a
 * reorg that swaps logs at the same head block (same count, same block) still changes the key.
 */
export function eventsKey(events: Keyed): EventsKey {
  const known = keys.get(events);
  if (known) return known;
  let h = 0x811c9dc5;
  for (const e of events) {
    const s = `${e.transactionHash}:${e.logIndex};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  }
  const key = {
    count: events.length,
    last: events[events.length - 1]?.blockNumber ?? null,
    fingerprint: h.toString(16).padStart(8, "0"),
  };
  keys.set(events, key);
  return key;
}
