import { type DBSchema, deleteDB, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import { type ChunkKey, type ChunkRow, sortUnique, toRows } from "./chunk-rows";
import type { StoredLog, StreamState } from "./types";
import { isStoredLog } from "./validate";

/** The database's version (not the export format's, SCHEMA_VERSION): 1 kept one record per log, 2 one per
 * synced chunk with its logs as objects, 3 the same records with their logs packed (packed-logs.ts). */
export const DB_VERSION = 3;

/** The IndexedDB schema of the sync cache (version 3). */
export interface SyncDb extends DBSchema {
  streams: { key: string; value: StreamState };
  chunks: { key: ChunkKey; value: ChunkRow };
}
/** The object stores a sync transaction spans. */
export const STORES = ["streams", "chunks"] as const;
type V1Row = StoredLog & { streamId: string };
type AnyTx = IDBPTransaction<unknown, string[], "versionchange">;

/** Moves version 1's per-log rows into chunk records, inside the upgrade transaction (all or nothing). The
 * rows are checked as they are read: a malformed one is dropped and the person told. */
function migrateV1(db: IDBPDatabase<unknown>, tx: AnyTx, notices: string[]) {
  const chunks = db.createObjectStore("chunks", { keyPath: ["streamId", "from", "to", "count"] });
  void tx
    .objectStore("logs")
    .getAll()
    .then((rows: unknown[]) => {
      const byStream = new Map<string, StoredLog[]>();
      let bad = 0;
      for (const r of rows) {
        const id = (r as Partial<V1Row>).streamId;
        if (typeof id !== "string" || !isStoredLog(r)) {
          bad++;
          continue;
        }
        const { streamId: _, ...log } = r as V1Row;
        const list = byStream.get(id);
        if (list) list.push(log);
        else byStream.set(id, [log]);
      }
      if (bad > 0) notices.push("Some cached logs were unreadable and were skipped.");
      for (const [id, logs] of byStream) for (const row of toRows(id, sortUnique(logs))) chunks.put(row);
      db.deleteObjectStore("logs");
    });
}

/** Repacks version 2's chunk records (logs as objects) in place, inside the upgrade transaction; malformed
 * logs are dropped and the person told. */
function migrateV2(tx: AnyTx, notices: string[]) {
  const chunks = tx.objectStore("chunks");
  void chunks.getAll().then((rows: unknown[]) => {
    let bad = 0;
    const byStream = new Map<string, StoredLog[][]>();
    for (const r of rows) {
      const { streamId, logs } = (r ?? {}) as { streamId?: unknown; logs?: unknown };
      if (typeof streamId !== "string" || !Array.isArray(logs)) {
        bad++;
        continue;
      }
      const good = logs.filter(isStoredLog);
      bad += logs.length - good.length;
      byStream.set(streamId, [...(byStream.get(streamId) ?? []), good]);
    }
    if (bad > 0) notices.push("Some cached logs were unreadable and were skipped.");
    void chunks.clear().then(() => {
      for (const [id, lists] of byStream)
        for (const list of lists) for (const row of toRows(id, sortUnique(list))) chunks.put(row);
    });
  });
}

/** Opens the cache: versions 1 and 2 are migrated in place; anything else older or unreadable is rebuilt (the chain is
 * the source of truth, so it is refetched) and a notice recorded. */
export async function openSyncDb(name: string, notices: string[]): Promise<IDBPDatabase<SyncDb>> {
  const attempt = () =>
    openDB<SyncDb>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        const raw = db as unknown as IDBPDatabase<unknown>;
        const has = (s: string) => raw.objectStoreNames.contains(s);
        if (oldVersion === 1 && has("streams") && has("logs") && !has("chunks"))
          return migrateV1(raw, tx as unknown as AnyTx, notices);
        if (oldVersion === 2 && has("streams") && has("chunks"))
          return migrateV2(tx as unknown as AnyTx, notices);
        if (oldVersion > 0)
          notices.push("The local chain cache was from an older version and has been rebuilt.");
        for (const s of [...raw.objectStoreNames]) raw.deleteObjectStore(s);
        db.createObjectStore("streams", { keyPath: "id" });
        db.createObjectStore("chunks", { keyPath: ["streamId", "from", "to", "count"] });
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
