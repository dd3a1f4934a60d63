import type { Hex } from "viem";
import type { RawLog } from "../src/domain/events/decode";
import { decodeGeneric } from "../src/domain/events/decode-generic";

/** The app's decoding loop as it was before the fast path (viem's generic decodeEventLog for every log, the
 * decoded log spread into the event): the bench's baseline, kept only here. */
export function decodeDaoLogsWithViem(logs: readonly RawLog[], finalizedCount = logs.length) {
  const events: unknown[] = [];
  let undecodable = 0;
  for (const [i, log] of logs.entries()) {
    const [signature, ...rest] = log.topics;
    if (!signature) {
      undecodable++;
      continue;
    }
    try {
      const decoded = decodeGeneric([signature, ...rest] as [Hex, ...Hex[]], log.data);
      const event: Record<string, unknown> = {
        ...decoded,
        address: log.address,
        blockNumber: log.blockNumber,
        logIndex: log.logIndex,
        transactionHash: log.transactionHash,
        finalized: i < finalizedCount,
      };
      if (log.blockTimestamp !== undefined) event.blockTimestamp = log.blockTimestamp;
      events.push(event);
    } catch {
      undecodable++;
    }
  }
  return { events, undecodable };
}
