import { openDB } from "idb";
import { type DraftStore, rowsOf } from "./draft-store";

const STORE = "drafts";

/** A DraftStore over IndexedDB: one row per draft, its JSON form (no bigints), keyed by id. */
export async function createIdbDraftStore(name = "plenum-drafts"): Promise<DraftStore> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: "id" });
    },
  });
  return {
    list: async (chainId, governor) => rowsOf(await db.getAll(STORE), chainId, governor),
    async get(id) {
      return db.get(STORE, id);
    },
    async put(row) {
      await db.put(STORE, row);
    },
    async delete(id) {
      await db.delete(STORE, id);
    },
  };
}
