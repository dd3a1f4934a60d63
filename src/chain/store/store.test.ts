import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { createIdbStore } from "./idb-store";
import { createMemoryStore } from "./memory-store";
import type { StoredLog, StreamState, SyncStore } from "./types";

const log = (blockNumber: number, logIndex = 0): StoredLog => ({
  blockNumber,
  logIndex,
  blockHash: `0x${blockNumber.toString(16).padStart(64, "0")}`,
  transactionHash: `0x${"ab".repeat(32)}`,
  transactionIndex: 0,
  address: "0x0000000000000000000000000000000000000001",
  topics: [`0x${"cd".repeat(32)}`],
  data: "0x",
});
const state = (covered: StreamState["covered"]): StreamState => ({
  id: "s1",
  chainId: 1,
  covered,
  anchors: [{ number: 10, hash: `0x${"11".repeat(32)}` }],
  deployBlock: 1,
});

let dbCount = 0;
const makers: [string, () => Promise<SyncStore>][] = [
  ["memory", async () => createMemoryStore()],
  ["indexeddb", () => createIdbStore(`test-${dbCount++}`)],
];

describe.each(makers)("%s store", (_name, make) => {
  it("commits logs with coverage, dedupes, and reads them in chain order", async () => {
    const store = await make();
    await store.commit(state([[1, 10]]), [log(5, 1), log(3), log(5, 0)]);
    await store.commit(state([[1, 10]]), [log(5, 1)]);
    const logs = await store.getLogs("s1");
    expect(logs.map((l) => [l.blockNumber, l.logIndex])).toEqual([
      [3, 0],
      [5, 0],
      [5, 1],
    ]);
    expect(await store.getLogs("s1", 4, 5)).toHaveLength(2);
    expect((await store.getStream("s1"))?.covered).toEqual([[1, 10]]);
    expect(await store.getStream("other")).toBeUndefined();
  });

  it("rewinds above a block, logs and coverage together", async () => {
    const store = await make();
    await store.commit(state([[1, 10]]), [log(3), log(8), log(10)]);
    await store.rewind(state([[1, 10]]), 7);
    expect((await store.getLogs("s1")).map((l) => l.blockNumber)).toEqual([3]);
    expect((await store.getStream("s1"))?.covered).toEqual([[1, 7]]);
  });

  it("exports, clears, and imports the same cache; rejects a foreign file", async () => {
    const store = await make();
    await store.commit(state([[1, 10]]), [log(3), log(8)]);
    const dump = JSON.parse(JSON.stringify(await store.exportAll()));
    expect((await store.size()).logs).toBe(2);
    await store.clear();
    expect((await store.size()).logs).toBe(0);
    await store.importAll(dump);
    expect(await store.getLogs("s1")).toEqual([log(3), log(8)]);
    await expect(store.importAll({ hello: 1 } as never)).rejects.toThrow(/Not a Plenum cache/);
  });
});

describe("indexeddb store recovery", () => {
  it("rebuilds a cache written with another schema version, with a notice", async () => {
    const other = await openDB("other", 99, { upgrade: (db) => void db.createObjectStore("whatever") });
    other.close();
    const store = await createIdbStore("other");
    expect(store.notices().join(" ")).toMatch(/rebuilt/);
    expect(await store.getLogs("s1")).toEqual([]);
    await store.commit(state([[1, 2]]), [log(1)]);
    expect(await store.getLogs("s1")).toHaveLength(1);
  });

  it("drops a corrupt stream record with a notice instead of crashing", async () => {
    const store = await createIdbStore("corrupt");
    await store.commit(state([[1, 10]]), [log(3)]);
    const raw = await openDB("corrupt");
    await raw.put("streams", { id: "s1", covered: "garbage" });
    raw.close();
    expect(await store.getStream("s1")).toBeUndefined();
    expect(await store.getLogs("s1")).toEqual([]);
    expect(store.notices().join(" ")).toMatch(/unreadable/);
  });
});
