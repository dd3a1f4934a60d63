/** Collects the keys asked for in one tick and answers them with one call of `run` (at most `max` keys each). */
export function createBatcher<K, V>(run: (keys: K[]) => Promise<V[]>, max = 100) {
  let waiting: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    for (let i = 0; i < batch.length; i += max) {
      const part = batch.slice(i, i + max);
      run(part.map((w) => w.key)).then(
        (values) => {
          for (const [j, w] of part.entries()) {
            const v = values[j];
            if (v === undefined) w.reject(new Error("the batch returned fewer answers than keys"));
            else w.resolve(v);
          }
        },
        (e: unknown) => {
          for (const w of part) w.reject(e);
        },
      );
    }
  };
  return {
    /** The answer for one key, resolved with the others asked for in the same tick. */
    load(key: K): Promise<V> {
      return new Promise<V>((resolve, reject) => {
        if (waiting.length === 0) setTimeout(flush, 0);
        waiting.push({ key, resolve, reject });
      });
    },
  };
}
