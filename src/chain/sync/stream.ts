import { type Address, keccak256, stringToHex } from "viem";
import type { LogFilter } from "./fetch-ranges";

/** One thing to sync: a getLogs filter, with an optional known first block. Without one, the stream starts
 * where the first of `startsWith` (default: the filter's addresses) got its code. */
export type StreamSpec = {
  id: string;
  filter: LogFilter;
  fromBlock?: number;
  startsWith?: readonly Address[];
};

/** A stable id from the chain and the filter (addresses are compared case-insensitively). */
export function streamId(chainId: number, filter: LogFilter): string {
  const address = filter.address.map((a) => a.toLowerCase()).sort();
  const norm = (t: LogFilter["topics"][number]) =>
    t === null ? null : typeof t === "string" ? t.toLowerCase() : [...t].map((x) => x.toLowerCase()).sort();
  const digest = keccak256(stringToHex(JSON.stringify({ address, topics: filter.topics.map(norm) })));
  const first = address.length > 0 ? address.join(",").slice(0, 42) : "any";
  return `${chainId}:${first}:${digest.slice(2, 18)}`;
}

/** A stream spec for a filter. */
export function defineStream(
  chainId: number,
  filter: LogFilter,
  fromBlock?: number,
  startsWith?: readonly Address[],
): StreamSpec {
  return { id: streamId(chainId, filter), filter, fromBlock, ...(startsWith ? { startsWith } : {}) };
}
