import type { Address, Hex } from "viem";
import type { StoredLog } from "./types";
import { isStoredLog } from "./validate";

/** Logs packed for IndexedDB: their numbers in one typed array, their hex strings joined into one string.
 * The structured clone IndexedDB makes of a record then copies two buffers instead of walking an object
 * graph of hundreds of logs (an object per log and per topics array), which was most of the store's time. */
export type PackedLogs = { nums: Float64Array; hex: string };

/** Numbers per log: blockNumber, logIndex, transactionIndex, blockTimestamp (-1: none), topic count. */
const NUMS = 5;
/** Strings per log before its topics: address, blockHash, transactionHash, data. */
const HEAD = 4;
// Every field is "0x" + hex digits, so a comma never occurs inside one.
const ALL_HEX = /^0x[0-9a-fA-F]*(?:,0x[0-9a-fA-F]*)*$/;

/** Packs logs (any order is kept as given). With `repeats` (the logs worker's answers, never IndexedDB), an
 * address, block hash, transaction hash or event topic equal to the log before's is sent empty: in a DAO's
 * history most are, so the page receives and keeps a third fewer characters. */
export function packLogs(logs: readonly StoredLog[], repeats = false): PackedLogs {
  const nums = new Float64Array(logs.length * NUMS);
  const parts: string[] = [];
  let before: StoredLog | undefined;
  const same = (a: string, b: string | undefined) => (repeats && a === b ? "" : a);
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i];
    if (!l) continue;
    const o = i * NUMS;
    nums[o] = l.blockNumber;
    nums[o + 1] = l.logIndex;
    nums[o + 2] = l.transactionIndex;
    nums[o + 3] = l.blockTimestamp ?? -1;
    nums[o + 4] = l.topics.length;
    parts.push(same(l.address, before?.address), same(l.blockHash, before?.blockHash));
    parts.push(same(l.transactionHash, before?.transactionHash), l.data);
    for (const [k, t] of l.topics.entries()) parts.push(k === 0 ? same(t, before?.topics[0]) : t);
    before = l;
  }
  return { nums, hex: parts.join(",") };
}

// Not instanceof: a record read back may come from another realm's constructor (a test's fake IndexedDB).
const isFloat64Array = (v: unknown): v is Float64Array =>
  ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === "[object Float64Array]";
const isCount = (v: number | undefined): v is number => v !== undefined && Number.isSafeInteger(v) && v >= 0;

/** Unpacks logs read back from storage; anything that does not fit the format (a record damaged or written
 * by hand) is dropped and counted. The common case costs one regular-expression pass over the whole string
 * and length checks per log, not a regular expression per field. */
export function unpackLogs(v: unknown, count: number): { logs: StoredLog[]; bad: number } {
  const p = v as Partial<PackedLogs> | null;
  if (!p || !isFloat64Array(p.nums) || typeof p.hex !== "string" || p.nums.length !== count * NUMS)
    return { logs: [], bad: Math.max(1, count) };
  const { nums } = p;
  const fields = p.hex === "" ? [] : p.hex.split(",");
  const hexOk = ALL_HEX.test(p.hex);
  const logs: StoredLog[] = [];
  let bad = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const o = i * NUMS;
    const topicCount = nums[o + 4];
    if (!isCount(topicCount) || at + HEAD + topicCount > fields.length) return { logs, bad: bad + count - i };
    const blockNumber = nums[o];
    const logIndex = nums[o + 1];
    const transactionIndex = nums[o + 2];
    const ts = nums[o + 3];
    const log: StoredLog = {
      blockNumber: blockNumber ?? Number.NaN,
      logIndex: logIndex ?? Number.NaN,
      blockHash: fields[at + 1] as Hex,
      transactionHash: fields[at + 2] as Hex,
      transactionIndex: transactionIndex ?? Number.NaN,
      address: fields[at] as Address,
      topics: fields.slice(at + HEAD, at + HEAD + topicCount) as Hex[],
      data: fields[at + 3] as Hex,
    };
    if (ts !== -1) log.blockTimestamp = ts ?? Number.NaN;
    at += HEAD + topicCount;
    const ok = hexOk
      ? isCount(blockNumber) &&
        isCount(logIndex) &&
        isCount(transactionIndex) &&
        (ts === -1 || isCount(ts)) &&
        log.address.length === 42
      : isStoredLog(log);
    if (ok) logs.push(log);
    else bad++;
  }
  return { logs, bad: at === fields.length ? bad : bad + 1 };
}

/** Unpacks logs that this program packed (with `repeats`) from answers it had already checked (the logs
 * worker's), without checking each field again, `every` logs per slice with `pause` between slices so the page
 * stays responsive. The strings are slices of the packed one (V8 shares its characters); an empty field is
 * the log before's value, and an address or event topic seen before is shared too. */
export async function unpackCheckedLogs(
  p: PackedLogs,
  count: number,
  pause: () => Promise<void>,
  every: number,
): Promise<StoredLog[]> {
  const fields = p.hex === "" ? [] : p.hex.split(",");
  const { nums } = p;
  const logs: StoredLog[] = [];
  // Contracts and event signatures: a handful of values in an answer, each kept once.
  const known = new Map<string, string>();
  const once = (s: string) => {
    const k = known.get(s);
    if (k !== undefined) return k;
    known.set(s, s);
    return s;
  };
  const or = (field: string | undefined, before: string | undefined) => (field === "" ? before : field) ?? "";
  let before: StoredLog | undefined;
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % every === 0) await pause();
    const o = i * NUMS;
    const topicCount = nums[o + 4] ?? 0;
    const topics = fields.slice(at + HEAD, at + HEAD + topicCount) as Hex[];
    if (topics[0] !== undefined) topics[0] = once(or(topics[0], before?.topics[0])) as Hex;
    const log: StoredLog = {
      blockNumber: nums[o] ?? Number.NaN,
      logIndex: nums[o + 1] ?? Number.NaN,
      blockHash: or(fields[at + 1], before?.blockHash) as Hex,
      transactionHash: or(fields[at + 2], before?.transactionHash) as Hex,
      transactionIndex: nums[o + 2] ?? Number.NaN,
      address: once(or(fields[at], before?.address)) as Address,
      topics,
      data: fields[at + 3] as Hex,
    };
    const ts = nums[o + 3] ?? -1;
    if (ts !== -1) log.blockTimestamp = ts;
    at += HEAD + topicCount;
    logs.push(log);
    before = log;
  }
  return logs;
}
