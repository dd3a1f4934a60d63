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
