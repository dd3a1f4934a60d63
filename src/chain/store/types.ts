import type { Address, Hex } from "viem";
import type { Interval } from "@/chain/sync/intervals";

/** A raw log as persisted: plain JSON, no bigint, so it survives IndexedDB and JSON export unchanged. */
export type StoredLog = {
  blockNumber: number;
  logIndex: number;
  blockHash: Hex;
  transactionHash: Hex;
  transactionIndex: number;
  address: Address;
  topics: Hex[];
  data: Hex;
  /** The block's timestamp (seconds) when the node puts it on logs (anvil, geth >= 1.16, reth); absent otherwise. */
  blockTimestamp?: number;
};

/** A block whose hash we saw when we persisted up to it; a mismatch later means a reorg below it. */
export type Anchor = { number: number; hash: Hex };

/** What is known about one stream (one getLogs filter on one chain). */
export type StreamState = {
  id: string;
  chainId: number;
  covered: Interval[];
  anchors: Anchor[];
  deployBlock: number | null;
};

/** A whole cache as JSON, for export and import. */
export type CacheDump = {
  format: "plenum-sync-cache";
  schemaVersion: number;
  streams: StreamState[];
  logs: { streamId: string; log: StoredLog }[];
};

/** Rough cache size for the settings panel. */
export type CacheSize = { streams: number; logs: number; bytes: number };

/** Persistence behind the sync engine; the browser uses IndexedDB, node tests and the bench a memory map. */
export interface SyncStore {
  getStream(id: string): Promise<StreamState | undefined>;
  /** Writes logs and the new state in one transaction, so coverage never claims logs that are not stored. */
  commit(state: StreamState, logs: readonly StoredLog[]): Promise<void>;
  /** Drops logs above `block` and writes the truncated state, atomically. */
  rewind(state: StreamState, block: number): Promise<void>;
  getLogs(id: string, from?: number, to?: number): Promise<StoredLog[]>;
  size(): Promise<CacheSize>;
  exportAll(): Promise<CacheDump>;
  importAll(dump: CacheDump): Promise<void>;
  clear(): Promise<void>;
  /** Messages for the person, e.g. "an old cache was rebuilt". */
  notices(): string[];
}

export const SCHEMA_VERSION = 1;
