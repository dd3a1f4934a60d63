import { type Hex, hexToNumber, type Log } from "viem";
import type { StoredLog } from "@/chain/store/types";

/** Converts an RPC log to the stored shape; pending or removed logs yield null. */
export function toStoredLog(l: Log<Hex, Hex, boolean>): StoredLog | null {
  if (l.removed || l.blockNumber === null || l.logIndex === null || l.blockHash === null) return null;
  if (l.transactionHash === null || l.transactionIndex === null) return null;
  return {
    blockNumber: hexToNumber(l.blockNumber),
    logIndex: hexToNumber(l.logIndex),
    blockHash: l.blockHash,
    transactionHash: l.transactionHash,
    transactionIndex: hexToNumber(l.transactionIndex),
    address: l.address,
    topics: [...l.topics],
    data: l.data,
  };
}

/** Chain order: block, then log index. */
export const byChainOrder = (a: StoredLog, b: StoredLog) =>
  a.blockNumber - b.blockNumber || a.logIndex - b.logIndex;
