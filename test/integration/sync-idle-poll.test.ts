import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DaoContracts, daoStreams } from "@/chain/sync/dao-streams";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { rpcCall } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { devnetDaoContracts, engineFor, fingerprint } from "./sync-fixture";

let devnet: Devnet;
let proxy: ChaosProxy;
let dao: DaoContracts;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
  proxy = await startChaosProxy({ upstream: devnet.rpcUrl });
  const d = devnet.info.daos.find((x) => x.key === "aiCommons");
  if (!d) throw new Error("devnet has no aiCommons");
  dao = devnetDaoContracts(devnet.info.chainId, d);
});
afterAll(async () => {
  await proxy?.close();
  await devnet?.stop();
});

/** What one sync asked the RPC, by method. */
async function polled(sync: () => Promise<unknown>) {
  proxy.resetStats();
  await sync();
  return { total: proxy.stats.requests, ...proxy.stats.byMethod };
}

describe("what an open page costs the RPC (the page's warm sync every 12 s)", () => {
  it("a poll with no new block sends only the head read; one with a new block, the head and one getLogs per stream", async () => {
    const streams = daoStreams(dao, daoEventTopics, transferTopic);
    expect(streams).toHaveLength(3); // the DAO's contracts, and the stablecoin's transfers to and from the treasury
    const { engine } = engineFor(proxy.url, undefined, { kind: "depth", blocks: 12 });
    await engine.sync(streams);
    const warm = await engine.sync(streams);

    const idle = await polled(() => engine.sync(streams));
    console.info("idle poll", idle);
    expect(idle).toEqual({ total: 1, eth_getBlockByNumber: 1 });

    await rpcCall(devnet.rpcUrl, "evm_mine", []);
    let next = warm;
    const moved = await polled(async () => {
      next = await engine.sync(streams);
    });
    console.info("poll after a new block", moved);
    // The previous head is the new head's parent: no separate reorg-anchor read.
    expect(moved).toEqual({
      total: 1 + streams.length,
      eth_getBlockByNumber: 1,
      eth_getLogs: streams.length,
    });
    expect(next.syncedTo).toBe(warm.syncedTo + 1);
    // Nothing was lost by skipping: the logs equal a fresh engine's over the same chain.
    const fresh = await engineFor(devnet.rpcUrl, undefined, { kind: "depth", blocks: 12 }).engine.sync(
      streams,
    );
    expect(next.streams.map((s) => fingerprint(s.logs))).toEqual(
      fresh.streams.map((s) => fingerprint(s.logs)),
    );
  });
});
