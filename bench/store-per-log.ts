import { openDB } from "idb";
import type { StoredLog } from "../src/chain/store/types";

/** The cache's old writer, kept in the bench only as the baseline: one IndexedDB record per log (schema 1). */
export async function openPerLogWriter(name: string) {
  const db = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore("streams", { keyPath: "id" });
      d.createObjectStore("logs", { keyPath: ["streamId", "blockNumber", "logIndex"] });
    },
  });
  return {
    /** One chunk's logs and its stream state in one transaction, as the old commit did. */
    async commit(state: { id: string }, list: readonly StoredLog[]) {
      const tx = db.transaction(["streams", "logs"], "readwrite");
      const logs = tx.objectStore("logs");
      await Promise.all([
        ...list.map((l) => logs.put({ ...l, streamId: state.id })),
        tx.objectStore("streams").put(state),
        tx.done,
      ]);
    },
    close: () => db.close(),
  };
}
