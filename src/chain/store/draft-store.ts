import type { Address } from "viem";
import type { Draft } from "@/domain/drafts/draft";
import { draftToJson, parseDraftJson } from "@/domain/drafts/serialize";

/** Where drafts live: IndexedDB in the browser, a map in tests. Rows are validated on the way out. */
export interface DraftStore {
  /** A DAO's drafts, most recently edited first; unreadable rows are skipped and counted in `skipped`. */
  list(chainId: number, governor: Address): Promise<{ drafts: Draft[]; skipped: number }>;
  get(id: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Parses stored rows, newest first, for one DAO. */
export function draftsOf(rows: readonly unknown[], chainId: number, governor: Address) {
  const drafts: Draft[] = [];
  let skipped = 0;
  for (const row of rows) {
    try {
      const d = parseDraftJson(row);
      if (d.chainId === chainId && d.governor.toLowerCase() === governor.toLowerCase()) drafts.push(d);
    } catch {
      skipped++;
    }
  }
  return { drafts: drafts.sort((a, b) => b.updatedAt - a.updatedAt), skipped };
}

/** A DraftStore in memory (tests, and browsers without IndexedDB). */
export function createMemoryDraftStore(): DraftStore {
  const rows = new Map<string, unknown>();
  return {
    list: async (chainId, governor) => draftsOf([...rows.values()], chainId, governor),
    async get(id) {
      const row = rows.get(id);
      return row === undefined ? undefined : parseDraftJson(row);
    },
    async put(draft) {
      rows.set(draft.id, structuredClone(draftToJson(draft)));
    },
    async delete(id) {
      rows.delete(id);
    },
  };
}
