/** Where DAO identities are kept; other sets of queries get their own key, so that one set too large to store
 * (a big DAO's proposal list) never keeps a small one (its identity) from being stored. */
export const STORAGE_KEY = "plenum:query-cache:v1";
/** Where the newest proposal list of each DAO is kept. */
export const LISTS_STORAGE_KEY = "plenum:query-cache:lists:v1";

/** JSON that keeps bigints and Maps (the app's read results are full of both). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === "bigint") return { $bigint: v.toString() };
    if (v instanceof Map) return { $map: [...v] };
    return v;
  });
}

/** The inverse of toJson. */
export function fromJson(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o.$bigint === "string") return BigInt(o.$bigint);
      if (Array.isArray(o.$map)) return new Map(o.$map as [unknown, unknown][]);
    }
    return v;
  });
}

/** A set of queries as it was stored: when, and TanStack's dehydrated state (checked by its `hydrate`). */
export type Persisted = { at: number; state: unknown };

function parseStored(key: string): Persisted | null {
  try {
    const saved = localStorage.getItem(key);
    const value = saved ? fromJson(saved) : null;
    const at = (value as { at?: unknown } | null)?.at;
    return typeof at === "number" ? (value as Persisted) : null;
  } catch {
    try {
      localStorage.removeItem(key); // unreadable: the next write starts it afresh
    } catch {
      // storage disabled
    }
    return null;
  }
}

// Entries the boot parsed before React rendered, each taken by the first readPersisted of its key.
const early = new Map<string, Persisted | null>();

/** Parses the entry under `key` now (the boot calls it while the app's script loads and the main thread would
 * wait), for the first readPersisted of `key` to take instead of parsing it then. */
export function prefetchPersisted(key: string): void {
  early.set(key, parseStored(key));
}

/** The entry stored under `key`, or null when there is none or it is unreadable. */
export function readPersisted(key: string): Persisted | null {
  const parsed = early.get(key);
  early.delete(key);
  return parsed !== undefined ? parsed : parseStored(key);
}
