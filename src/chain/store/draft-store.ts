/** A stored draft row: its JSON form (no bigints), found by id and listed per DAO. Parsing is the caller's. */
export type DraftRow = { id: string; chainId: number; governor: string; updatedAt: number } & Record<
  string,
  unknown
>;

/** Where drafts live: IndexedDB in the browser, a map in tests. */
export interface DraftStore {
  /** A DAO's rows, most recently edited first. */
  list(chainId: number, governor: string): Promise<unknown[]>;
  get(id: string): Promise<unknown>;
  put(row: DraftRow): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Rows of one DAO, newest first; rows without the listing fields are passed on for the caller to reject. */
export function rowsOf(rows: readonly unknown[], chainId: number, governor: string): unknown[] {
  const r = (x: unknown) => (typeof x === "object" && x !== null ? (x as Partial<DraftRow>) : {});
  return rows
    .filter((x) => {
      const { chainId: c, governor: g } = r(x);
      return (
        c === undefined ||
        (c === chainId && typeof g === "string" && g.toLowerCase() === governor.toLowerCase())
      );
    })
    .sort((a, b) => (r(b).updatedAt ?? 0) - (r(a).updatedAt ?? 0));
}

/** A DraftStore in memory (tests, and browsers without IndexedDB). */
export function createMemoryDraftStore(): DraftStore {
  const rows = new Map<string, unknown>();
  return {
    list: async (chainId, governor) => structuredClone(rowsOf([...rows.values()], chainId, governor)),
    get: async (id) => structuredClone(rows.get(id)),
    async put(row) {
      rows.set(row.id, structuredClone(row));
    },
    async delete(id) {
      rows.delete(id);
    },
  };
}
