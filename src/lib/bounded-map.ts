/** A Map that keeps at most `max` entries, dropping the least recently used: for module-level caches that
 * would otherwise grow for as long as the page stays open. */
export function createBoundedMap<K, V>(max: number) {
  const map = new Map<K, V>();
  return {
    get(key: K): V | undefined {
      const v = map.get(key);
      if (v === undefined) return undefined;
      // Re-inserting moves the key to the end: Map iterates in insertion order, oldest first.
      map.delete(key);
      map.set(key, v);
      return v;
    },
    set(key: K, value: V): void {
      map.delete(key);
      map.set(key, value);
      for (const oldest of map.keys()) {
        if (map.size <= max) break;
        map.delete(oldest);
      }
    },
    delete: (key: K) => map.delete(key),
    get size() {
      return map.size;
    },
  };
}
