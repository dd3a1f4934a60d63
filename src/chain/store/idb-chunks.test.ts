import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { MAX_ROW_LOGS, sortUnique, toRows } from "./chunk-rows";
import { createIdbStore } from "./idb-store";
import type { StoredLog, StreamState } from "./types";

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
  anchors: [],
  deployBlock: 1,
});
const blocks = (logs: StoredLog[]) => logs.map((l) => l.blockNumber);
/** The records as stored: [from, to, count] each, in key order. */
async function records(name: string) {
  const raw = await openDB(name);
  const keys = await raw.getAllKeys("chunks");
  raw.close();
  return keys.map((k) => (k as unknown[]).slice(1));
}

let n = 0;
const fresh = () => `chunks-${n++}`;

describe("chunked IndexedDB records", () => {
  it("stores one record per commit, not one per log", async () => {
    const name = fresh();
    const store = await createIdbStore(name);
    const many = Array.from({ length: MAX_ROW_LOGS }, (_, i) => log(10 + Math.floor(i / 3), i % 3));
    const last = many[many.length - 1]?.blockNumber ?? 0;
    await store.commit(state([[1, 2_000]]), many);
    await store.commit(state([[1, 4_000]]), [log(3_000), log(3_500)]);
    expect(await records(name)).toEqual([
      [10, last, MAX_ROW_LOGS],
      [3_000, 3_500, 2],
    ]);
    expect((await store.getLogs("s1")).length).toBe(MAX_ROW_LOGS + 2);
    expect((await store.size()).logs).toBe(MAX_ROW_LOGS + 2);
    const atLast = many.filter((l) => l.blockNumber === last).map(() => last);
    expect(blocks(await store.getLogs("s1", last, 3_000))).toEqual([...atLast, 3_000]);
  });

  it("splits the record a rewind cuts through, and later commits land beside it", async () => {
    const name = fresh();
    const store = await createIdbStore(name);
    const big = Array.from({ length: 400 }, (_, i) => log(100 + i));
    await store.commit(state([[1, 1_400]]), big);
    await store.rewind(state([[1, 1_400]]), 350);
    expect(await records(name)).toEqual([[100, 350, 251]]);
    expect(blocks(await store.getLogs("s1")).at(-1)).toBe(350);
    expect((await store.getStream("s1"))?.covered).toEqual([[1, 350]]);
    // The new branch's logs, including one at a block the old record ended at.
    await store.commit(state([[1, 700]]), [log(350, 1), log(351), log(700)]);
    const after = await store.getLogs("s1");
    expect(after.length).toBe(254);
    expect(after.slice(-4).map((l) => [l.blockNumber, l.logIndex])).toEqual([
      [350, 0],
      [350, 1],
      [351, 0],
      [700, 0],
    ]);
    // A rewind below every record drops them all; one exactly at a record's end keeps it whole.
    await store.rewind(state([[1, 700]]), 700);
    expect((await store.getLogs("s1")).length).toBe(254);
    await store.rewind(state([[1, 700]]), 50);
    expect(await records(name)).toEqual([]);
  });

  it("merges a re-commit of known blocks and folds small warm-sync commits into the record before", async () => {
    const name = fresh();
    const store = await createIdbStore(name);
    await store.commit(state([[1, 20]]), [log(5), log(10)]);
    await store.commit(state([[1, 20]]), [log(10), log(12)]);
    await store.commit(state([[1, 40]]), [log(30)]);
    expect(await records(name)).toEqual([[5, 30, 4]]);
    expect(blocks(await store.getLogs("s1"))).toEqual([5, 10, 12, 30]);
  });

  it("skips malformed logs inside a record with a notice, keeping the good ones", async () => {
    const name = fresh();
    const store = await createIdbStore(name);
    await store.commit(state([[1, 20]]), [log(5)]);
    const raw = await openDB(name);
    const [row] = toRows("s1", [log(6), log(7)]);
    // The second log's address damaged in place: the record stays readable, that log is skipped.
    if (row)
      await raw.put("chunks", {
        ...row,
        hex: row.hex.replace(/0x0{39}1(?![0-9a-f])/g, (m, at) => (at > 0 ? "0xzz" : m)),
      });
    raw.close();
    expect(blocks(await store.getLogs("s1"))).toEqual([5, 6]);
    expect(store.notices().join(" ")).toMatch(/unreadable/);
  });

  it("cuts a long history into records of bounded size, never between two logs of one block", () => {
    const total = 2 * MAX_ROW_LOGS + 201;
    const logs = sortUnique(Array.from({ length: total }, (_, i) => log(Math.floor(i / 2), i % 2)));
    const rows = toRows("s1", logs);
    expect(rows.map((r) => r.count)).toEqual([MAX_ROW_LOGS, MAX_ROW_LOGS, 201]);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]?.from).toBeGreaterThan(rows[i - 1]?.to ?? Number.POSITIVE_INFINITY);
    expect(toRows("s1", logs, 3).map((r) => r.count)[0]).toBe(4); // block 1's second log stays with it
  });
});

describe("migration from chunk records of log objects (version 2)", () => {
  it("repacks the records in place, keeps the stream state, drops malformed logs with a notice", async () => {
    const name = fresh();
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore("streams", { keyPath: "id" });
        db.createObjectStore("chunks", { keyPath: ["streamId", "from", "to", "count"] });
      },
    });
    await v2.put("streams", state([[1, 50]]));
    const first = [log(3), { ...log(8), blockTimestamp: 1_700_000_000 }];
    await v2.put("chunks", { streamId: "s1", from: 3, to: 8, count: 2, logs: first });
    await v2.put("chunks", {
      streamId: "s1",
      from: 40,
      to: 41,
      count: 2,
      logs: [log(40, 2), { blockNumber: 41 }],
    });
    v2.close();

    const store = await createIdbStore(name);
    expect(await store.getLogs("s1")).toEqual([...first, log(40, 2)]);
    expect((await store.getStream("s1"))?.covered).toEqual([[1, 50]]);
    expect(store.notices().join(" ")).toMatch(/unreadable/);
    expect(store.notices().join(" ")).not.toMatch(/rebuilt/);
    expect(await records(name)).toEqual([
      [3, 8, 2],
      [40, 40, 1],
    ]);
  });
});

describe("migration from one record per log (version 1)", () => {
  it("moves the logs into chunk records, keeps the stream state, drops malformed rows with a notice", async () => {
    const name = fresh();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore("streams", { keyPath: "id" });
        db.createObjectStore("logs", { keyPath: ["streamId", "blockNumber", "logIndex"] });
      },
    });
    await v1.put("streams", state([[1, 50]]));
    for (const l of [log(8), log(3), log(40, 2)]) await v1.put("logs", { ...l, streamId: "s1" });
    await v1.put("logs", { streamId: "s1", blockNumber: 9, logIndex: 0, topics: "broken" });
    v1.close();

    const store = await createIdbStore(name);
    expect(blocks(await store.getLogs("s1"))).toEqual([3, 8, 40]);
    expect((await store.getStream("s1"))?.covered).toEqual([[1, 50]]);
    expect(store.notices().join(" ")).toMatch(/unreadable/);
    expect(store.notices().join(" ")).not.toMatch(/rebuilt/);
    expect(await records(name)).toEqual([[3, 40, 3]]);
  });
});
