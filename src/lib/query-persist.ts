import { dehydrate, hydrate, type Query, type QueryClient } from "@tanstack/react-query";

/** The default storage key (DAO identities); other sets of queries get their own, so that one set too large
 * to store (a big DAO's proposal list) never keeps a small one (its identity) from being stored. */
export const STORAGE_KEY = "plenum:query-cache:v1";
const MAX_BYTES = 2_000_000;
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

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

/**
 * Keeps chosen successful queries in localStorage so a DAO still renders, labelled as cached, when its RPC is
 * down on the next visit. Restores them at once; writes are debounced; a full storage just skips a write.
 *
 * Why not TanStack's persister (checked 2026-12-01): the newest `@tanstack/react-query-persist-client` (5.104.5)
 * and `query-sync-storage-persister` (5.104.4) pin `@tanstack/query-core` to exactly 5.104.x, while this app runs
 * react-query 5.108.4; installing them would put a second query-core in the bundle, and their `hydrate` would
 * run against another version's cache. This is the same mechanism on the same public API (`dehydrate`/`hydrate`,
 * a cache subscription, a max age, a throttled write); the bigint- and Map-aware JSON above would be the
 * persister's `serialize`/`deserialize`. Swap in `persistQueryClient({ queryClient, persister:
 * createSyncStoragePersister({ storage, key, serialize: toJson, deserialize: fromJson }), maxAge,
 * dehydrateOptions })` once a release matches the installed query-core.
 */
export function persistQueries(
  client: QueryClient,
  shouldPersist: (q: Query) => boolean,
  storageKey = STORAGE_KEY,
): () => void {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved) {
      const { at, state } = fromJson(saved) as { at: number; state: Parameters<typeof hydrate>[1] };
      if (Date.now() - at < MAX_AGE_MS) hydrate(client, state);
    }
  } catch {
    localStorage.removeItem(storageKey);
  }
  let pending = false;
  const save = () => {
    pending = false;
    const state = dehydrate(client, {
      shouldDehydrateQuery: (q) => q.state.status === "success" && shouldPersist(q),
    });
    const text = toJson({ at: Date.now(), state });
    try {
      if (text.length <= MAX_BYTES) localStorage.setItem(storageKey, text);
    } catch {
      // Quota exceeded or storage disabled: the cache is a convenience, never a requirement.
    }
  };
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success" || !shouldPersist(event.query)) return;
    if (pending) return;
    pending = true;
    setTimeout(save, 1_000);
  });
}
