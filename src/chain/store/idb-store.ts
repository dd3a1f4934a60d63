import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb";
import { truncateIntervals } from "@/chain/sync/intervals";
import { type CacheDump, SCHEMA_VERSION, type StoredLog, type StreamState, type SyncStore } from "./types";
import { isStoredLog, isStreamState, parseCacheDump } from "./validate";

type Row = StoredLog & { streamId: string };
interface SyncDb extends DBSchema {
  streams: { key: string; value: StreamState };
  logs: { key: [string, number, number]; value: Row };
}
const STORES = ["streams", "logs"] as const;
const MAX = Number.MAX_SAFE_INTEGER;

async function open(name: string, notices: string[]): Promise<IDBPDatabase<SyncDb>> {
  const attempt = () =>
    openDB<SyncDb>(name, SCHEMA_VERSION, {
      upgrade(db, oldVersion) {
        // Older schemas are not migrated: the chain is the source of truth, so we refetch.
        if (oldVersion > 0)
          notices.push("The local chain cache was from an older version and has been rebuilt.");
        for (const s of STORES) if (db.objectStoreNames.contains(s)) db.deleteObjectStore(s);
        db.createObjectStore("streams", { keyPath: "id" });
        db.createObjectStore("logs", { keyPath: ["streamId", "blockNumber", "logIndex"] });
      },
    });
  try {
    return await attempt();
  } catch {
    notices.push("The local chain cache could not be opened and has been rebuilt.");
    await deleteDB(name);
    return attempt();
  }
}

/** A SyncStore over IndexedDB (idb); an old or unreadable database is rebuilt and a notice recorded. */
export async function createIdbStore(name = "plenum-sync"): Promise<SyncStore> {
  const notices: string[] = [];
  const db = await open(name, notices);
  const range = (id: string, from: number, to: number) => IDBKeyRange.bound([id, from, 0], [id, to, MAX]);
  const strip = ({ streamId: _, ...log }: Row): StoredLog => log;

  const store: SyncStore = {
    async getStream(id) {
      const s: unknown = await db.get("streams", id);
      if (s === undefined || isStreamState(s)) return s;
      notices.push("Part of the local chain cache was unreadable and is being refetched.");
      const tx = db.transaction(STORES, "readwrite");
      await Promise.all([
        tx.objectStore("streams").delete(id),
        tx.objectStore("logs").delete(range(id, 0, MAX)),
        tx.done,
      ]);
      return undefined;
    },
    async commit(state, list) {
      const tx = db.transaction(STORES, "readwrite");
      const logs = tx.objectStore("logs");
      await Promise.all([
        ...list.map((l) => logs.put({ ...l, streamId: state.id })),
        tx.objectStore("streams").put(state),
        tx.done,
      ]);
    },
    async rewind(state, block) {
      const tx = db.transaction(STORES, "readwrite");
      const next = { ...state, covered: truncateIntervals(state.covered, block) };
      await Promise.all([
        tx.objectStore("logs").delete(range(state.id, block + 1, MAX)),
        tx.objectStore("streams").put(next),
        tx.done,
      ]);
    },
    async getLogs(id, from = 0, to = MAX) {
      const rows = await db.getAll("logs", range(id, from, to));
      const good = rows.filter((r) => isStoredLog(r));
      if (good.length !== rows.length) notices.push("Some cached logs were unreadable and were skipped.");
      return good.map(strip);
    },
    async size() {
      const [streams, logs] = await Promise.all([db.count("streams"), db.count("logs")]);
      // A stored log is about 600 bytes as JSON; an exact figure would mean reading everything.
      return { streams, logs, bytes: logs * 600 + streams * 400 };
    },
    async exportAll(): Promise<CacheDump> {
      const [streams, rows] = await Promise.all([db.getAll("streams"), db.getAll("logs")]);
      const logs = rows.map((r) => ({ streamId: r.streamId, log: strip(r) }));
      return { format: "plenum-sync-cache", schemaVersion: SCHEMA_VERSION, streams, logs };
    },
    async importAll(dump) {
      const parsed = parseCacheDump(dump);
      await store.clear();
      const tx = db.transaction(STORES, "readwrite");
      await Promise.all([
        ...parsed.streams.map((s) => tx.objectStore("streams").put(s)),
        ...parsed.logs.map(({ streamId, log }) => tx.objectStore("logs").put({ ...log, streamId })),
        tx.done,
      ]);
    },
    async clear() {
      const tx = db.transaction(STORES, "readwrite");
      await Promise.all([tx.objectStore("streams").clear(), tx.objectStore("logs").clear(), tx.done]);
    },
    notices: () => [...notices],
  };
  return store;
}
