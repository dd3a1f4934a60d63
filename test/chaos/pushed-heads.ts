import { watchHeadsAt } from "@/chain/sync/head-feed";
import { rpcCall } from "./anvil";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Subscribes to anvil's new heads over its WebSocket and returns once the first one has arrived (the
 * subscription starts asynchronously, so this mines single blocks until it does). */
export async function watchAnvilHeads(anvilUrl: string) {
  const heads = watchHeadsAt(anvilUrl.replace(/^http/, "ws"));
  for (let i = 0; i < 100 && heads.feed.latest() === null; i++) {
    await rpcCall(anvilUrl, "anvil_mine", ["0x1"]);
    await sleep(20);
  }
  return {
    ...heads,
    /** Waits until the feed has delivered anvil's current head; throws if it does not within ~2.5 s. */
    async caughtUp(): Promise<number> {
      const n = Number(await rpcCall<string>(anvilUrl, "eth_blockNumber"));
      for (let i = 0; i < 500 && (heads.feed.latest()?.number ?? -1) < n; i++) await sleep(5);
      if ((heads.feed.latest()?.number ?? -1) < n) throw new Error(`no pushed head for block ${n}`);
      return n;
    },
  };
}
