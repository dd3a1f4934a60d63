import { type IDBPDatabase, openDB } from "idb";

const DB_NAME = "plenum-snapshots";
const STORE = "snapshots";
let db: Promise<IDBPDatabase | null> | null = null;

/** The snapshot database, or null where the browser has no IndexedDB (private modes, tests without it). */
function open(): Promise<IDBPDatabase | null> {
  db ??=
    typeof indexedDB === "undefined"
      ? Promise.resolve(null)
      : openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE) }).catch(() => null);
  return db;
}

/** Opens the snapshot database now (the boot calls it before React renders, so the list's first read finds it
 * open instead of waiting for the open behind the page's own chunks). */
export function warmSnapshots(): void {
  void open();
}

async function read(key: string): Promise<unknown> {
  try {
    const value: unknown = await (await open())?.get(STORE, key);
    return value === undefined ? null : value;
  } catch {
    return null;
  }
}

// Reads the boot started before React rendered, each taken by the first readSnapshot of its key.
const early = new Map<string, Promise<unknown>>();

/** Starts reading `key` now (the boot calls it for the page the URL names, so the read runs while the app's
 * script loads); the first readSnapshot of `key` then gets this read instead of starting its own. */
export function prefetchSnapshot(key: string): void {
  early.set(key, read(key));
}

/**
 * The last value stored under `key` on this device (IndexedDB keeps bigints and Maps as they are), or null.
 * A snapshot is a convenience for a first paint, never a source of truth: a failed read is no snapshot.
 */
export function readSnapshot<T>(key: string): Promise<T | null> {
  const started = early.get(key);
  early.delete(key);
  return (started ?? read(key)) as Promise<T | null>;
}

/** Stores `value` under `key`, replacing the last one; a full or unavailable storage just skips the write. */
export async function writeSnapshot(key: string, value: unknown): Promise<void> {
  early.delete(key); // a read started before this write would hand out the value it replaces
  try {
    await (await open())?.put(STORE, value, key);
  } catch {
    // Quota exceeded or storage disabled: the next visit paints after its reads instead.
  }
}

/** Removes every snapshot (the settings page's "clear cache"). */
export async function clearSnapshots(): Promise<void> {
  await (await open())?.clear(STORE);
}
