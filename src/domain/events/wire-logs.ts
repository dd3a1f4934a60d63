import type { Address, Hex } from "viem";
import type { RawLog } from "./decode";

/** Logs as sent to the decoding worker: numbers in one typed array (transferred, not copied), hex fields
 * joined into one string. Cloning an object per log cost the main thread more than decoding it. */
export type WireLogs = { count: number; nums: Float64Array; hex: string };

/** Numbers per log: blockNumber, logIndex, blockTimestamp (-1: none), topic count. */
const NUMS = 4;
/** Strings per log before its topics: address, transactionHash, data. */
const HEAD = 3;

/** Packs logs for the worker (their order is kept). Every field is "0x" + hex, so commas separate them. */
export function packRawLogs(logs: readonly RawLog[]): WireLogs {
  const nums = new Float64Array(logs.length * NUMS);
  const parts: string[] = [];
  logs.forEach((l, i) => {
    const o = i * NUMS;
    nums[o] = l.blockNumber;
    nums[o + 1] = l.logIndex;
    nums[o + 2] = l.blockTimestamp ?? -1;
    nums[o + 3] = l.topics.length;
    parts.push(l.address, l.transactionHash, l.data);
    for (const t of l.topics) parts.push(t);
  });
  return { count: logs.length, nums, hex: parts.join(",") };
}

/** The logs packRawLogs packed (blockHash is not sent: decoding does not read it). */
export function unpackRawLogs(w: WireLogs): RawLog[] {
  const fields = w.hex === "" ? [] : w.hex.split(",");
  const out: RawLog[] = [];
  let at = 0;
  for (let i = 0; i < w.count; i++) {
    const o = i * NUMS;
    const topics = w.nums[o + 3] ?? 0;
    const log: RawLog = {
      blockNumber: w.nums[o] ?? 0,
      logIndex: w.nums[o + 1] ?? 0,
      blockHash: "0x",
      transactionHash: fields[at + 1] as Hex,
      address: fields[at] as Address,
      topics: fields.slice(at + HEAD, at + HEAD + topics) as Hex[],
      data: fields[at + 2] as Hex,
    };
    const ts = w.nums[o + 2] ?? -1;
    if (ts !== -1) log.blockTimestamp = ts;
    out.push(log);
    at += HEAD + topics;
  }
  return out;
}
