import { type Address, type Chain, numberToHex, type PublicClient } from "viem";
import { createEngineClient } from "@/chain/client";
import { createBoundedMap } from "@/lib/bounded-map";
import type { CodeProbes } from "./deploy-block";
import { createStartMemo, type StartMemo } from "./deploy-block-memo";
import { searchStartAhead } from "./prepare-stream";
import { createRpc, type Rpc } from "./rpc";
import { answeredByNode } from "./rpc-batch";
import { classifyError } from "./rpc-errors";
import { checkCode } from "./rpc-shapes";
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

/** A contract's first probes through `client` (the identity's batching client: they join the batch of its
 * reads that goes out in the same tick). A call that batch could not settle, or a passing refusal, says nothing
 * about the node's state: the search then stops, and the sync searches on its own. */
const probesVia =
  (client: PublicClient, address: Address): CodeProbes =>
  async (blocks) => {
    const settled = await Promise.allSettled(
      blocks.map((b) =>
        client
          .request({ method: "eth_getCode", params: [address, numberToHex(b)] }, { retryCount: 0 })
          .then(checkCode),
      ),
    );
    for (const s of settled)
      if (
        s.status === "rejected" &&
        (!answeredByNode(s.reason) || classifyError(s.reason).kind === "transient")
      )
        throw s.reason;
    return settled;
  };

/** Starts the search for where a DAO's logs begin as soon as its contracts are known (before its first sync
 * asks), on the chain's start memo: the sync then finds it done or under way instead of starting it after its
 * own head read. `head`: a block at which the governor has code (the discovery's); each contract's first probe
 * goes through `client` with the discovery's next reads, so a node without old state is found out at no cost. */
export function searchDaoStartAhead(
  chain: Chain,
  urls: readonly string[],
  addresses: Address[],
  head: number,
  client: PublicClient,
) {
  const { memo, rpc } = chainStarts(chain, urls);
  searchStartAhead({ rpc, head, starts: memo, opening: (a) => probesVia(client, a) }, addresses);
}
