import { numberToHex } from "viem";
import { createMemoryStore } from "../src/chain/store/memory-store";
import { watchHeadsAt } from "../src/chain/sync/head-feed";
import type { StreamSpec } from "../src/chain/sync/stream";
import { createSyncEngine, type SyncEngineOptions } from "../src/chain/sync/sync-engine";
import { rpcCall } from "../test/chaos/anvil";

type Timed = <T>(f: () => Promise<T>) => Promise<{ value: T; ms: number; requests: number }>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  timed: Timed;
}) {
  const heads = watchHeadsAt(o.anvilUrl.replace(/^http/, "ws"));
  const head = async () => Number(await rpcCall<string>(o.anvilUrl, "eth_blockNumber"));
  const caughtUp = async () => {
    const n = await head();
    for (let i = 0; i < 500 && (heads.feed.latest()?.number ?? -1) < n; i++) await sleep(5);
    if ((heads.feed.latest()?.number ?? -1) < n) throw new Error("no pushed head arrived");
  };
  try {
    // The subscription starts asynchronously: mine until its first head arrives.
    for (let i = 0; i < 100 && heads.feed.latest() === null; i++) {
      await rpcCall(o.anvilUrl, "anvil_mine", ["0x1"]);
      await sleep(20);
    }
    await caughtUp();
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
      await rpcCall(o.anvilUrl, "anvil_mine", [numberToHex(100)]);
      await caughtUp();
      warm.push(await o.timed(() => engine.sync(o.streams)));
    }
    return { cold, warm };
  } finally {
    await heads.close();
  }
}
