import { type Address, createPublicClient, http } from "viem";
import { createMemoryStore } from "@/chain/store/memory-store";
import type { StoredLog, SyncStore } from "@/chain/store/types";
import type { DaoContracts } from "@/chain/sync/dao-streams";
import type { Finality } from "@/chain/sync/finality";
import { defineStream } from "@/chain/sync/stream";
import type { FinalizedChunkListener } from "@/chain/sync/stream-sink";
import { createSyncEngine } from "@/chain/sync/sync-engine";
import type { DevnetDao } from "@/config/devnet-info";
import { rpcCall } from "../chaos/anvil";
import { EMITTED_TOPIC } from "../chaos/emitter";

/** The stream the sync tests follow: every log of the emitter. */
export const emitterStream = (emitter: Address) =>
  defineStream(31337, { address: [emitter], topics: [EMITTED_TOPIC] });

/** An engine over `url` with test-speed backoff and (unless told) a small confirmation depth. */
export function engineFor(
  url: string,
  store: SyncStore = createMemoryStore(),
  finality: Finality = { kind: "depth", blocks: 5 },
  onFinalized?: FinalizedChunkListener,
) {
  const client = createPublicClient({ transport: http(url, { retryCount: 0 }) });
  const engine = createSyncEngine({
    chainId: 31337,
    client,
    store,
    finality,
    concurrency: 4,
    rpc: { baseDelayMs: 5, maxDelayMs: 50 },
    onFinalized,
  });
  return { engine, store };
}

/** The ground truth: one uncapped eth_getLogs straight from anvil. */
export async function truth(url: string, emitter: Address): Promise<string[]> {
  const logs = await rpcCall<{ blockNumber: string; logIndex: string; blockHash: string; data: string }[]>(
    url,
    "eth_getLogs",
    [{ address: emitter, topics: [EMITTED_TOPIC], fromBlock: "0x0", toBlock: "latest" }],
  );
  return logs.map((l) => `${Number(l.blockNumber)}:${Number(l.logIndex)}:${l.blockHash}:${l.data}`);
}

/** The same fingerprint for synced logs. */
export const fingerprint = (logs: StoredLog[]) =>
  logs.map((l) => `${l.blockNumber}:${l.logIndex}:${l.blockHash}:${l.data}`);

/** What the app syncs for a seeded devnet DAO (its contracts, known deploy block and stablecoin). */
export const devnetDaoContracts = (chainId: number, d: DevnetDao): DaoContracts => ({
  chainId,
  governor: d.governor,
  token: d.token,
  timelock: d.timelock,
  charter: d.charter,
  deployBlock: d.deployBlock,
  treasuryTokens: [d.stable],
});
