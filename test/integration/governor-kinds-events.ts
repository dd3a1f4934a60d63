import type { Address, Hex, PublicClient } from "viem";
import { decodeDaoLogs, type RawLog } from "@/domain/events/decode";

/** The governor's logs from block 0 as the sync stores them, decoded by the app's decoder. */
export async function governorEvents(client: PublicClient, governor: Address) {
  const logs = await client.getLogs({ address: governor, fromBlock: 0n, toBlock: "latest" });
  const raw: RawLog[] = logs.map((l) => ({
    blockNumber: Number(l.blockNumber),
    logIndex: l.logIndex,
    blockHash: l.blockHash,
    transactionHash: l.transactionHash,
    address: l.address,
    topics: l.topics as Hex[],
    data: l.data,
  }));
  return decodeDaoLogs(raw);
}
