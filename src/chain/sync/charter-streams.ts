import type { Address, Hex } from "viem";
import { defineStream, type StreamSpec } from "./stream";
import type { StreamLogs } from "./stream-sink";
import type { SyncEngine } from "./sync-engine";

/** One stream per candidate charter (its PrincipleRatified / PrincipleRetired logs), so a new candidate adds a
 * stream instead of changing the id, and the cache, of the ones already synced. Each starts where the
 * candidate got its code: a charter may hold principles ratified before the DAO proposed anything to it. */
export function charterStreams(
  chainId: number,
  candidates: readonly Address[],
  topics: readonly Hex[],
): StreamSpec[] {
  return candidates.map((address) => defineStream(chainId, { address: [address], topics: [[...topics]] }));
}

/** What syncing the candidates gave: their logs, and the candidates that could not be synced (and why). */
export type CharterSync = {
  streams: StreamLogs[];
  failed: { address: Address; error: unknown }[];
  syncedTo: number | null;
};

/** Syncs each candidate on its own: one that cannot be synced (no code, say: a proposal may target an
 * address that is not a contract yet) must not hide the others. */
export async function syncCharterStreams(
  engine: SyncEngine,
  specs: readonly StreamSpec[],
): Promise<CharterSync> {
  const results = await Promise.allSettled(specs.map((s) => engine.sync([s])));
  const out: CharterSync = { streams: [], failed: [], syncedTo: null };
  for (const [i, r] of results.entries()) {
    const spec = specs[i];
    if (!spec) continue;
    if (r.status === "rejected") {
      const address = spec.filter.address[0];
      if (address) out.failed.push({ address, error: r.reason });
      continue;
    }
    out.streams.push(...r.value.streams);
    // Complete through the lowest head any of the runs read.
    out.syncedTo = out.syncedTo === null ? r.value.syncedTo : Math.min(out.syncedTo, r.value.syncedTo);
  }
  return out;
}
