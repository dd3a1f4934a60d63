import type { Address, Chain } from "viem";
import { createEngineClient } from "@/chain/client";
import { createBoundedMap } from "@/lib/bounded-map";
import { createStartMemo, type StartMemo } from "./deploy-block-memo";
import { searchStartAhead } from "./prepare-stream";
import { createRpc, type Rpc } from "./rpc";
import { createStatusStore } from "./status";

/** One chain's start memo and the engine-style RPC its early searches use (unbatched getLogs, batched probes,
 * the engine's retries), by chain id and URL list; only the most recent few are kept. */
type ChainStarts = { memo: StartMemo; rpc: Rpc };
const chains = createBoundedMap<string, ChainStarts>(16);

/** The start memo for a chain over these RPC URLs, the one its sync engine uses. */
export function chainStarts(chain: Chain, urls: readonly string[]): ChainStarts {
  const key = `${chain.id} ${urls.join(" ")}`;
  const hit = chains.get(key);
  if (hit) return hit;
  const client = createEngineClient(chain, urls, { retryCount: 0, retryDelayMs: 0, timeoutMs: 30_000 });
  const next = { memo: createStartMemo(), rpc: createRpc(client, createStatusStore()) };
  chains.set(key, next);
  return next;
}

/** Starts the search for where a DAO's logs begin as soon as its contracts are known (before its first sync
 * asks), on the chain's start memo: the sync then finds it done or under way instead of starting it after its
 * own head read. `head`: a block at which the governor has code (the discovery's). */
export function searchDaoStartAhead(
  chain: Chain,
  urls: readonly string[],
  addresses: Address[],
  head: number,
) {
  const { memo, rpc } = chainStarts(chain, urls);
  searchStartAhead({ rpc, head, starts: memo }, addresses);
}
