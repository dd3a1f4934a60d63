import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import type { Draft } from "@/domain/drafts/draft";
import { createIdbDraftStore } from "./draft-idb-store";
import { createMemoryDraftStore, type DraftStore } from "./draft-store";

const GOV = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const OTHER = "0x0000000000000000000000000000000000000001";
const draft = (id: string, updatedAt: number, governor: `0x${string}` = GOV): Draft => ({
  id,
  chainId: 31337,
  governor,
  title: `Draft ${id}`,
  body: "",
  items: [{ id: "a", input: null, actions: [{ target: OTHER, value: 10n ** 30n, calldata: "0x" }] }],
  createdAt: 1,
  updatedAt,
});

let n = 0;
const makers: [string, () => Promise<DraftStore>][] = [
  ["memory", async () => createMemoryDraftStore()],
  ["indexeddb", () => createIdbDraftStore(`drafts-test-${n++}`)],
];

describe.each(makers)("%s draft store", (_name, make) => {
  it("saves, lists one DAO's drafts newest first, overwrites on save, and deletes", async () => {
    const store = await make();
    await store.put(draft("a", 10));
    await store.put(draft("b", 30));
    await store.put(draft("c", 20, OTHER));
    await store.put({ ...draft("a", 40), title: "edited" });
    const { drafts, skipped } = await store.list(31337, GOV);
    expect(drafts.map((d) => [d.id, d.title])).toEqual([
      ["a", "edited"],
      ["b", "Draft b"],
    ]);
    expect(skipped).toBe(0);
    expect((await store.get("b"))?.items[0]?.actions[0]?.value).toBe(10n ** 30n);
    await store.delete("a");
    expect((await store.list(31337, GOV)).drafts.map((d) => d.id)).toEqual(["b"]);
    expect(await store.get("a")).toBeUndefined();
  });

  it("returns copies: editing a listed draft does not change the stored one", async () => {
    const store = await make();
    const d = draft("x", 1);
    await store.put(d);
    d.title = "changed after save";
    expect((await store.get("x"))?.title).toBe("Draft x");
  });
});

describe("indexeddb draft store", () => {
  it("skips a damaged row instead of failing the whole list", async () => {
    const name = "drafts-damaged";
    const store = await createIdbDraftStore(name);
    await store.put(draft("ok", 1));
    const db = await openDB(name, 1);
    await db.put("drafts", { id: "bad", format: "plenum-draft", version: 1 });
    db.close();
    expect(await store.list(31337, GOV)).toMatchObject({ drafts: [{ id: "ok" }], skipped: 1 });
  });
});
