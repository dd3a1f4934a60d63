import { dehydrate, hydrate, type Query, type QueryClient } from "@tanstack/react-query";
import { readPersisted, STORAGE_KEY, toJson } from "./query-persist-read";

const MAX_BYTES = 2_000_000;
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/**
 * Keeps chosen successful queries in localStorage so a DAO still renders, labelled as cached, when its RPC is
 * down on the next visit. Restores them at once; writes are debounced; a full storage just skips a write.
 *
 * Why not TanStack's persister (checked 2026-12-01): the newest `@tanstack/react-query-persist-client` (5.104.5)
 * and `query-sync-storage-persister` (5.104.4) pin `@tanstack/query-core` to exactly 5.104.x, while this app runs
 * react-query 5.108.4; installing them would put a second query-core in the bundle, and their `hydrate` would
 * run against another version's cache. This is the same mechanism on the same public API (`dehydrate`/`hydrate`,
 * a cache subscription, a max age, a throttled write); the bigint- and Map-aware JSON (query-persist-read.ts) would be the
 * persister's `serialize`/`deserialize`. Swap in `persistQueryClient({ queryClient, persister:
 * createSyncStoragePersister({ storage, key, serialize: toJson, deserialize: fromJson }), maxAge,
 * dehydrateOptions })` once a release matches the installed query-core.
 */
export function persistQueries(
  client: QueryClient,
  shouldPersist: (q: Query) => boolean,
  storageKey = STORAGE_KEY,
): () => void {
  const saved = readPersisted(storageKey);
  try {
    if (saved && Date.now() - saved.at < MAX_AGE_MS)
      hydrate(client, saved.state as Parameters<typeof hydrate>[1]);
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
