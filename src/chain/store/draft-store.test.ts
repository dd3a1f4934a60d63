import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { createIdbDraftStore } from "./draft-idb-store";
import { createMemoryDraftStore, type DraftRow, type DraftStore } from "./draft-store";

const GOV = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const OTHER = "0x0000000000000000000000000000000000000001";
const row = (id: string, updatedAt: number, governor = GOV): DraftRow => ({
  id,
  chainId: 31337,
  governor,
  updatedAt,
  title: `Draft ${id}`,
  items: [
    {
      id: "a",
      input: null,
      actions: [{ target: OTHER, value: "1000000000000000000000000000000", calldata: "0x" }],
    },
  ],
});
const ids = (rows: unknown[]) => rows.map((r) => [(r as DraftRow).id, (r as DraftRow).title]);

let n = 0;
const makers: [string, () => Promise<DraftStore>][] = [
  ["memory", async () => createMemoryDraftStore()],
  ["indexeddb", () => createIdbDraftStore(`drafts-test-${n++}`)],
];

describe.each(makers)("%s draft store", (_name, make) => {
  it("saves, lists one DAO's drafts newest first (any address case), overwrites on save, and deletes", async () => {
    const store = await make();
    await store.put(row("a", 10));
    await store.put(row("b", 30));
    await store.put(row("c", 20, OTHER));
    await store.put({ ...row("a", 40), title: "edited" });
    expect(ids(await store.list(31337, GOV.toLowerCase()))).toEqual([
      ["a", "edited"],
      ["b", "Draft b"],
    ]);
    expect(await store.get("b")).toEqual(row("b", 30));
    await store.delete("a");
    expect(ids(await store.list(31337, GOV))).toEqual([["b", "Draft b"]]);
    expect(await store.get("a")).toBeUndefined();
  });

  it("returns copies: editing a saved row does not change the stored one", async () => {
    const store = await make();
    const r = row("x", 1);
    await store.put(r);
    r.title = "changed after save";
    expect((await store.get("x")) as DraftRow).toMatchObject({ title: "Draft x" });
  });
});
