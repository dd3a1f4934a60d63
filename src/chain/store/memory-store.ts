import { truncateIntervals } from "@/chain/sync/intervals";
import { type CacheDump, SCHEMA_VERSION, type StoredLog, type StreamState, type SyncStore } from "./types";
import { parseCacheDump } from "./validate";

const logKey = (l: StoredLog) => `${l.blockNumber}:${l.logIndex}`;
const byPosition = (a: StoredLog, b: StoredLog) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex;

/** An in-memory SyncStore for node tests and the bench; same semantics as the IndexedDB one. */
export function createMemoryStore(): SyncStore {
  const streams = new Map<string, StreamState>();
  const logs = new Map<string, Map<string, StoredLog>>();
  const bucket = (id: string) => {
    let b = logs.get(id);
    if (!b) {
      b = new Map();
      logs.set(id, b);
    }
    return b;
  };
  const copy = (s: StreamState): StreamState => structuredClone(s);

  const store: SyncStore = {
    async getStream(id) {
      const s = streams.get(id);
      return s && copy(s);
    },
    async commit(state, list) {
      const b = bucket(state.id);
      for (const l of list) b.set(logKey(l), l);
      streams.set(state.id, copy(state));
    },
    async rewind(state, block) {
      const b = bucket(state.id);
      for (const [k, l] of b) if (l.blockNumber > block) b.delete(k);
      streams.set(state.id, { ...copy(state), covered: truncateIntervals(state.covered, block) });
    },
    async getLogs(id, from = 0, to = Number.MAX_SAFE_INTEGER) {
      const out = [...bucket(id).values()].filter((l) => l.blockNumber >= from && l.blockNumber <= to);
      return out.sort(byPosition);
    },
    async size() {
      const dump = await store.exportAll();
      return { streams: dump.streams.length, logs: dump.logs.length, bytes: JSON.stringify(dump).length };
    },
    async exportAll(): Promise<CacheDump> {
      const all = [...logs].flatMap(([streamId, b]) => [...b.values()].map((log) => ({ streamId, log })));
      return {
        format: "plenum-sync-cache",
        schemaVersion: SCHEMA_VERSION,
        streams: [...streams.values()],
        logs: all,
      };
    },
    async importAll(dump) {
      const parsed = parseCacheDump(dump);
      await store.clear();
      for (const s of parsed.streams) streams.set(s.id, copy(s));
      for (const { streamId, log } of parsed.logs) bucket(streamId).set(logKey(log), log);
    },
    async clear() {
      streams.clear();
      logs.clear();
    },
    notices: () => [],
  };
  return store;
}
