import type { IDBPDatabase } from "idb";
import { truncateIntervals } from "@/chain/sync/intervals";
import {
  type ChunkKey,
  isChunkKey,
  rowLogs,
  rowSlices,
  SMALL_ROW_LOGS,
  sortUnique,
  toRow,
  toRows,
} from "./chunk-rows";
import { openSyncDb, STORES, type SyncDb } from "./idb-schema";
import { type CacheDump, SCHEMA_VERSION, type StoredLog, type SyncStore } from "./types";
import { isStreamState, parseCacheDump } from "./validate";

type Db = IDBPDatabase<SyncDb>;
type Tx = ReturnType<Db["transaction"]>;
// Array keys sort after numbers, so [id, []] is above every key of stream id and [id, n, []] above every
// key of a record starting at block n.
/** Records per read request: each answer is cloned out in one task, and unpacked in one (packed, 10 records
 * clone in about a millisecond; unpacking 5,000 logs takes a few). */
const READ_ROWS = 10;
/** The cache can be refetched from the chain, so a commit need not wait for the disk to flush: Chromium's
 * "relaxed" durability (its default before version 121) lets a transaction complete once the OS has the data. */
const WRITE = { durability: "relaxed" } as const;
const streamRange = (id: string) => IDBKeyRange.bound([id], [id, []]);
const startingUpTo = (id: string, block: number) => IDBKeyRange.bound([id], [id, block, []]);

/** Keys of a stream's records that start at or below `block`, in chain order. */
async function keysUpTo(src: Db | Tx, id: string, block: number): Promise<ChunkKey[]> {
  const keys =
    "objectStore" in src
      ? await src.objectStore("chunks").getAllKeys(startingUpTo(id, block))
      : await src.getAllKeys("chunks", startingUpTo(id, block));
  return keys.filter(isChunkKey);
}

/** Runs reads and writes in one transaction; a failure aborts it, so nothing of it is kept. */
async function inTx(tx: Tx, work: () => Promise<void>) {
  const done = tx.done;
  try {
    await work();
  } catch (e) {
    tx.abort();
    await done.catch(() => undefined);
    throw e;
  }
  await done;
}

/** A SyncStore over IndexedDB (idb) that keeps one record per synced chunk (see chunk-rows.ts); an old or
 * unreadable database is migrated or rebuilt, and a notice recorded. */
export async function createIdbStore(name = "plenum-sync"): Promise<SyncStore> {
  const notices: string[] = [];
  const db = await openSyncDb(name, notices);
  const unreadable = () => notices.push("Some cached logs were unreadable and were skipped.");
  /** Logs of the records with these keys (a contiguous run), well-formed ones only. Read a few records per
   * request: each answer is cloned out of the database on the main thread in one piece, and a whole history
   * in one getAll was a long task. */
  async function logsOf(src: Db | Tx, keys: ChunkKey[]): Promise<StoredLog[]> {
    const out: StoredLog[] = [];
    for (let i = 0; i < keys.length; i += READ_ROWS) {
      const first = keys[i];
      const last = keys[Math.min(keys.length, i + READ_ROWS) - 1];
      if (!first || !last) break;
      const range = IDBKeyRange.bound(first, last);
      const rows: unknown[] =
        "objectStore" in src
          ? await src.objectStore("chunks").getAll(range)
          : await src.getAll("chunks", range);
      for (const r of rows) {
        const { logs, bad } = rowLogs(r);
        if (bad) unreadable();
        for (const l of logs) out.push(l);
      }
    }
    return out;
  }

  const store: SyncStore = {
    async getStream(id) {
      const s: unknown = await db.get("streams", id);
      if (s === undefined || isStreamState(s)) return s;
      notices.push("Part of the local chain cache was unreadable and is being refetched.");
      const tx = db.transaction(STORES, "readwrite");
      await Promise.all([
        tx.objectStore("streams").delete(id),
        tx.objectStore("chunks").delete(streamRange(id)),
        tx.done,
      ]);
      return undefined;
    },
    async commit(state, list) {
      const tx = db.transaction(STORES, "readwrite", WRITE);
      const chunks = tx.objectStore("chunks");
      const work = async () => {
        const fresh = sortUnique(list);
        const lo = fresh[0]?.blockNumber;
        const hi = fresh[fresh.length - 1]?.blockNumber;
        if (lo !== undefined && hi !== undefined) {
          // Records this commit overlaps (a re-commit) are merged with it; so is a small record just below it
          // (a warm sync's few logs join the previous poll's instead of making a record each).
          const below = await keysUpTo(tx, state.id, hi);
          const overlap = below.filter((k) => k[2] >= lo);
          const before = below.filter((k) => k[2] < lo).pop();
          const merge = before && before[3] < SMALL_ROW_LOGS ? [before, ...overlap] : overlap;
          const old = await logsOf(tx, merge);
          await Promise.all(merge.map((k) => chunks.delete(k)));
          // One record packed and put per turn: IndexedDB clones a record inside put(), so a commit of tens of
          // thousands of logs packed and put at once was one long task.
          for (const logs of rowSlices(sortUnique([...old, ...fresh])))
            await chunks.put(toRow(state.id, logs));
        }
        await tx.objectStore("streams").put(state);
      };
      await inTx(tx, work);
    },
    async rewind(state, block) {
      const tx = db.transaction(STORES, "readwrite", WRITE);
      const chunks = tx.objectStore("chunks");
      const work = async () => {
        const keys = (await chunks.getAllKeys(streamRange(state.id))).filter(isChunkKey);
        for (const k of keys.filter((k) => k[2] > block)) {
          // A record that straddles the block is split: its logs up to the block stay, as a new record.
          const keep = k[1] <= block ? (await logsOf(tx, [k])).filter((l) => l.blockNumber <= block) : [];
          await chunks.delete(k);
          for (const row of toRows(state.id, keep)) await chunks.put(row);
        }
        const next = { ...state, covered: truncateIntervals(state.covered, block) };
        await tx.objectStore("streams").put(next);
      };
      await inTx(tx, work);
    },
    async getLogs(id, from = 0, to = Number.MAX_SAFE_INTEGER) {
      const keys = (await keysUpTo(db, id, to)).filter((k) => k[2] >= from);
      const logs = await logsOf(db, keys);
      return logs.filter((l) => l.blockNumber >= from && l.blockNumber <= to);
    },
    async size() {
      const [streams, keys] = await Promise.all([db.count("streams"), db.getAllKeys("chunks")]);
      const logs = keys.filter(isChunkKey).reduce((n, k) => n + k[3], 0);
      // A stored log is about 600 bytes as JSON; an exact figure would mean reading everything.
      return { streams, logs, bytes: logs * 600 + streams * 400 };
    },
    async exportAll(): Promise<CacheDump> {
      const [streams, rows] = await Promise.all([db.getAll("streams"), db.getAll("chunks")]);
      const logs = rows.flatMap((r) => rowLogs(r).logs.map((log) => ({ streamId: r.streamId, log })));
      return { format: "plenum-sync-cache", schemaVersion: SCHEMA_VERSION, streams, logs };
    },
    async importAll(dump) {
      const parsed = parseCacheDump(dump);
      await store.clear();
      const byStream = new Map<string, StoredLog[]>();
      for (const { streamId, log } of parsed.logs) {
        const list = byStream.get(streamId);
        if (list) list.push(log);
        else byStream.set(streamId, [log]);
      }
      const rows = [...byStream].flatMap(([id, logs]) => toRows(id, sortUnique(logs)));
      const tx = db.transaction(STORES, "readwrite");
      await Promise.all([
        ...parsed.streams.map((s) => tx.objectStore("streams").put(s)),
        ...rows.map((r) => tx.objectStore("chunks").put(r)),
        tx.done,
      ]);
    },
    async clear() {
      const tx = db.transaction(STORES, "readwrite");
      await Promise.all([tx.objectStore("streams").clear(), tx.objectStore("chunks").clear(), tx.done]);
    },
    notices: () => [...notices],
  };
  return store;
}
