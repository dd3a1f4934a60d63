import type { PublicClient } from "viem";
import { createBoundedMap } from "@/lib/bounded-map";

// A page reads the timestamps of a few hundred blocks; the bound keeps a long session from hoarding them.
const cache = createBoundedMap<string, number>(10_000);
const CONCURRENCY = 8;

/** Timestamps of past blocks (immutable once final, so cached for the session), read a few at a time. */
export async function readBlockTimes(
  client: PublicClient,
  chainId: number,
  blocks: readonly bigint[],
): Promise<Map<bigint, number>> {
  const out = new Map<bigint, number>();
  const missing = [...new Set(blocks)].filter((b) => {
    const hit = cache.get(`${chainId}:${b}`);
    if (hit !== undefined) out.set(b, hit);
    return hit === undefined;
  });
  for (let i = 0; i < missing.length; i += CONCURRENCY) {
    const chunk = missing.slice(i, i + CONCURRENCY);
    const headers = await Promise.all(chunk.map((blockNumber) => client.getBlock({ blockNumber })));
    headers.forEach((h, j) => {
      const b = chunk[j];
      if (b === undefined) return;
      cache.set(`${chainId}:${b}`, Number(h.timestamp));
      out.set(b, Number(h.timestamp));
    });
  }
  return out;
}
