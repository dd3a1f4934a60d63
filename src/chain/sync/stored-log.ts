import type { Hex, Log } from "viem";
import type { StoredLog } from "@/chain/store/types";

// Quantities in logs are small; parseInt is several times faster than viem's bigint-based hexToNumber,
// which matters at tens of thousands of logs per sync.
const int = (h: Hex) => Number.parseInt(h, 16);

/** Converts an RPC log to the stored shape; pending or removed logs yield null. */
export function toStoredLog(l: Log<Hex, Hex, boolean>): StoredLog | null {
  if (l.removed || l.blockNumber === null || l.logIndex === null || l.blockHash === null) return null;
  if (l.transactionHash === null || l.transactionIndex === null) return null;
  const log: StoredLog = {
    blockNumber: int(l.blockNumber),
    logIndex: int(l.logIndex),
    blockHash: l.blockHash,
    transactionHash: l.transactionHash,
    transactionIndex: int(l.transactionIndex),
    address: l.address,
    topics: [...l.topics],
    data: l.data,
  };
  // Newer nodes put the block's timestamp on each log, which spares a header read per block later.
  const timestamp = typeof l.blockTimestamp === "string" ? int(l.blockTimestamp) : Number.NaN;
  if (Number.isSafeInteger(timestamp) && timestamp >= 0) log.blockTimestamp = timestamp;
  return log;
}

/** Chain order: block, then log index. */
export const byChainOrder = (a: StoredLog, b: StoredLog) =>
  a.blockNumber - b.blockNumber || a.logIndex - b.logIndex;

/** Lists each in chain order, joined into one: concatenated in order of their first log when they do not
 * interleave (disjoint block ranges, the usual case: no sort of the whole history), else merged by a sort. */
export function inChainOrder(lists: readonly (readonly StoredLog[])[]): StoredLog[] {
  const parts = lists.filter((l) => l.length > 0);
  parts.sort((a, b) => {
    const [x, y] = [a[0], b[0]];
    return x && y ? byChainOrder(x, y) : 0;
  });
  const out: StoredLog[] = [];
  let last: StoredLog | undefined;
  let ordered = true;
  for (const p of parts) {
    const first = p[0];
    if (last && first && byChainOrder(last, first) >= 0) ordered = false;
    for (const l of p) out.push(l);
    last = p[p.length - 1];
  }
  return ordered ? out : out.sort(byChainOrder);
}
