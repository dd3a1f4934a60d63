import { openDB } from "idb";
import { draftToJson, parseDraftJson } from "@/domain/drafts/serialize";
import { type DraftStore, draftsOf } from "./draft-store";

const STORE = "drafts";

/** A DraftStore over IndexedDB: one row per draft, its JSON form (no bigints), keyed by id. */
export async function createIdbDraftStore(name = "plenum-drafts"): Promise<DraftStore> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: "id" });
    },
  });
  return {
    list: async (chainId, governor) => draftsOf(await db.getAll(STORE), chainId, governor),
    async get(id) {
      const row: unknown = await db.get(STORE, id);
      return row === undefined ? undefined : parseDraftJson(row);
    },
    async put(draft) {
      await db.put(STORE, draftToJson(draft));
    },
    async delete(id) {
      await db.delete(STORE, id);
    },
  };
}
