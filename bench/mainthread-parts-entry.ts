import type { Hex, Log } from "viem";
import { createIdbStore } from "../src/chain/store/idb-store";
import type { StoredLog } from "../src/chain/store/types";
import { toStoredLog } from "../src/chain/sync/stored-log";
import { decodeDaoLogs, withoutDuplicates } from "../src/domain/events/decode";
import { mergeInChainOrder } from "../src/features/sync/api/decode-slices";
import { createIncrementalDecoder } from "../src/features/sync/api/incremental-decode";
import { chunksOf, stateAt } from "./store-commits";

type Parts = Record<string, number>;
const SLICE = 1_000;

/** Runs in the page: where a cold sync's local time goes, part by part, on `answers` getLogs answers (JSON-RPC
 * texts fetched from the bench's static server): JSON.parse, toStoredLog, the store's commits (and the structured
 * clone of their logs alone), the decode (inline, and the worker's round trip), the join of the answers. */
export async function measureParts(answers: number, span: number) {
  const ms: Parts = {};
  const time = async <T>(name: string, f: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const v = await f();
    ms[name] = (ms[name] ?? 0) + performance.now() - t;
    return v;
  };
  const logs: StoredLog[] = [];
  let bytes = 0;
  for (let i = 0; i < answers; i++) {
    const text = await (await fetch(`answer-${i}.json`)).text();
    bytes += text.length;
    const raw = await time(
      "json_parse",
      () => (JSON.parse(text) as { result: Log<Hex, Hex, boolean>[] }).result,
    );
    await time("to_stored_log", () => {
      for (const r of raw) {
        const l = toStoredLog(r);
        if (l) logs.push(l);
      }
    });
  }
  const chunks = chunksOf(logs, span);
  await time("clone_commits", () => {
    for (const c of chunks) structuredClone(c.list);
  });
  const store = await createIdbStore(`parts-${Date.now()}`);
  await time("store_commits", async () => {
    for (const c of chunks) await store.commit(stateAt(c.to), c.list);
  });
  const back = await time("store_read_back", () => store.getLogs("bench"));
  const inline = await time("decode_inline", () => decodeDaoLogs(logs));
  await time("clone_logs_out", () => {
    for (let i = 0; i < logs.length; i += SLICE) structuredClone(logs.slice(i, i + SLICE));
  });
  await time("clone_events_back", () => {
    for (let i = 0; i < inline.events.length; i += SLICE) structuredClone(inline.events.slice(i, i + SLICE));
  });
  await time("join_events", () => {
    const parts: (typeof inline.events)[] = [];
    for (let i = 0; i < inline.events.length; i += SLICE) parts.push(inline.events.slice(i, i + SLICE));
    const joined: typeof inline.events = [];
    for (const p of parts) for (const e of p) joined.push(e);
    return withoutDuplicates(mergeInChainOrder([joined]));
  });
  const worker = await time("decode_worker", () =>
    createIncrementalDecoder().decode([{ id: "bench", logs, finalizedCount: logs.length }]),
  );
  return {
    logs: logs.length,
    readBack: back.length,
    events: worker.events.length,
    inlineEvents: inline.events.length,
    bytes,
    ms,
  };
}
