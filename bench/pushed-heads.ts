import { numberToHex } from "viem";
import { createMemoryStore } from "../src/chain/store/memory-store";
import type { StreamSpec } from "../src/chain/sync/stream";
import { createSyncEngine, type SyncEngineOptions } from "../src/chain/sync/sync-engine";
import { rpcCall } from "../test/chaos/anvil";
import { watchAnvilHeads } from "../test/chaos/pushed-heads";

type Timed = <T>(f: () => Promise<T>) => Promise<{ value: T; ms: number; requests: number }>;

/**
 * The same engine with heads pushed over anvil's WebSocket (`eth_subscribe("newHeads")`), as the app runs
 * when the first RPC URL is a wss:// one. Every request of the sync still goes through the capped proxy;
 * each warm sync starts once the new head has been pushed, as the app's would.
 */
export async function pushedHeadRuns(o: {
  anvilUrl: string;
  client: SyncEngineOptions["client"];
  concurrency: number;
  streams: StreamSpec[];
  repeat: number;
  /** Blocks mined before each warm sync. */
  newBlocks: number;
  timed: Timed;
}) {
  const heads = await watchAnvilHeads(o.anvilUrl);
  try {
    await heads.caughtUp();
    const engine = createSyncEngine({
      chainId: 31337,
      client: o.client,
      store: createMemoryStore(),
      concurrency: o.concurrency,
      heads: heads.feed,
    });
    const cold = await o.timed(() => engine.sync(o.streams));
    const warm: Awaited<ReturnType<typeof o.timed>>[] = [];
    for (let i = 0; i < o.repeat; i++) {
      await rpcCall(o.anvilUrl, "anvil_mine", [numberToHex(o.newBlocks)]);
      await heads.caughtUp();
      warm.push(await o.timed(() => engine.sync(o.streams)));
    }
    return { cold, warm };
  } finally {
    await heads.close();
  }
}
