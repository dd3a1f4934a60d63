import type { Hex, Log } from "viem";
import type { StoredLog } from "@/chain/store/types";

// Quantities in logs are small; parseInt is several times faster than viem's bigint-based hexToNumber,
// which matters at tens of thousands of logs per sync.
const int = (h: Hex) => Number.parseInt(h, 16);

/** Converts an RPC log to the stored shape; pending or removed logs yield null. */
export function toStoredLog(l: Log<Hex, Hex, boolean>): StoredLog | null {
  if (l.removed || l.blockNumber === null || l.logIndex === null || l.blockHash === null) return null;
  if (l.transactionHash === null || l.transactionIndex === null) return null;
  return {
    blockNumber: int(l.blockNumber),
    logIndex: int(l.logIndex),
    blockHash: l.blockHash,
    transactionHash: l.transactionHash,
    transactionIndex: int(l.transactionIndex),
    address: l.address,
    topics: [...l.topics],
    data: l.data,
  };
}

/** Chain order: block, then log index. */
export const byChainOrder = (a: StoredLog, b: StoredLog) =>
  a.blockNumber - b.blockNumber || a.logIndex - b.logIndex;
