import { isAddress, isHex } from "viem";
import { type CacheDump, SCHEMA_VERSION, type StoredLog, type StreamState } from "./types";

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** True when a value read back from storage is a well-formed stream state. */
export function isStreamState(v: unknown): v is StreamState {
  if (!isObj(v) || typeof v.id !== "string" || !isInt(v.chainId)) return false;
  if (!(v.deployBlock === null || isInt(v.deployBlock))) return false;
  if (!Array.isArray(v.covered) || !Array.isArray(v.anchors)) return false;
  const okIntervals = v.covered.every(
    (i) => Array.isArray(i) && i.length === 2 && isInt(i[0]) && isInt(i[1]) && i[0] <= i[1],
  );
  const okAnchors = v.anchors.every((a) => isObj(a) && isInt(a.number) && isHex(a.hash));
  return okIntervals && okAnchors;
}

/** True when a value read back from storage is a well-formed log. */
export function isStoredLog(v: unknown): v is StoredLog {
  return (
    isObj(v) &&
    isInt(v.blockNumber) &&
    isInt(v.logIndex) &&
    isInt(v.transactionIndex) &&
    isHex(v.blockHash) &&
    isHex(v.transactionHash) &&
    typeof v.address === "string" &&
    isAddress(v.address, { strict: false }) &&
    Array.isArray(v.topics) &&
    v.topics.every((t) => isHex(t)) &&
    isHex(v.data) &&
    (v.blockTimestamp === undefined || isInt(v.blockTimestamp))
  );
}

/** Validates an imported JSON file; throws an Error a person can read. */
export function parseCacheDump(json: unknown): CacheDump {
  if (!isObj(json) || json.format !== "plenum-sync-cache") throw new Error("Not a Plenum cache export.");
  if (json.schemaVersion !== SCHEMA_VERSION)
    throw new Error(
      `Cache export has schema ${String(json.schemaVersion)}, this app reads ${SCHEMA_VERSION}.`,
    );
  if (!Array.isArray(json.streams) || !json.streams.every(isStreamState))
    throw new Error("Cache export has a malformed stream.");
  if (!Array.isArray(json.logs)) throw new Error("Cache export has no logs list.");
  const logs = json.logs.map((e) => {
    if (!isObj(e) || typeof e.streamId !== "string" || !isStoredLog(e.log))
      throw new Error("Cache export has a malformed log.");
    return { streamId: e.streamId, log: e.log };
  });
  return { format: "plenum-sync-cache", schemaVersion: SCHEMA_VERSION, streams: json.streams, logs };
}
