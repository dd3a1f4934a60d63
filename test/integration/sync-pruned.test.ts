import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DaoContracts, daoStreams } from "@/chain/sync/dao-streams";
import { FIRST_LOG_BUDGET } from "@/chain/sync/first-log-block";
import type { SyncResult } from "@/chain/sync/sync-engine";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { type ChaosOptions, type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import type { StateStyle } from "../chaos/provider-errors";
import { devnetDaoContracts, engineFor, fingerprint } from "./sync-fixture";

// Both proxies cap eth_getLogs like a strict public provider; the pruned one also keeps state for only the last
// 128 blocks, as a geth full node does. The devnet itself keeps every block's state (the archive side).
const LIMITS: Partial<ChaosOptions> = { maxBlockRange: 500, maxResults: 200, rangeStyle: "alchemy" };

let devnet: Devnet;
let archive: ChaosProxy;
let pruned: ChaosProxy;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort(), fullHistory: true });
  archive = await startChaosProxy({ upstream: devnet.rpcUrl, ...LIMITS });
  pruned = await startChaosProxy({
    upstream: devnet.rpcUrl,
    ...LIMITS,
    prunedState: { keep: 128, style: "geth" },
  });
}, 600_000);
afterAll(async () => {
  await archive?.close();
  await pruned?.close();
  await devnet?.stop();
});

/** A DAO as someone pastes it: no known deployment block, so the sync must find where it begins. */
const pasted = (key: "aiCommons" | "computeGuild"): DaoContracts => {
  const d = devnet.info.daos.find((x) => x.key === key);
  if (!d) throw new Error(`devnet has no ${key}`);
  const { deployBlock: _known, ...rest } = devnetDaoContracts(devnet.info.chainId, d);
  return rest;
};

const prints = (r: SyncResult) => r.streams.map((s) => ({ id: s.id, logs: fingerprint(s.logs) }));

describe.each(["aiCommons", "computeGuild"] as const)("the %s sync on a node without old state", (key) => {
  it.each<StateStyle>(["geth", "erigon", "nethermind", "anvil"])(
    "with %s's refusals: the same logs as an archive run, its start found from logs, in bounded requests",
    async (style) => {
      const streams = daoStreams(pasted(key), daoEventTopics, transferTopic);
      archive.resetStats();
      const a = engineFor(archive.url);
      const full = await a.engine.sync(streams);
      const archiveRequests = archive.stats.requests;

      pruned.configure({ prunedState: { keep: 128, style } });
      pruned.resetStats();
      const p = engineFor(pruned.url);
      const cut = await p.engine.sync(streams);
      const prunedRequests = pruned.stats.requests;

      expect(prints(cut)).toEqual(prints(full));
      expect(full.streams.reduce((n, s) => n + s.logs.length, 0)).toBeGreaterThan(20);
      // The node really refused old state, and the engine did not read a thing it refused.
      expect(pruned.stats.stateRefusals).toBeGreaterThan(0);
      expect(archive.stats.stateRefusals).toBe(0);
      // Where the archive found the core contracts' first code, the pruned run starts at or before it: behind
      // this block-range cap the first-log search leaves the windows to the sync (a scan would ask them too).
      const core = streams[0];
      if (!core) throw new Error("no core stream");
      const codeStart = (await a.store.getStream(core.id))?.deployBlock ?? Number.NaN;
      const note = p.engine.status.get().starts?.find((s) => s.addresses.length > 1);
      expect(note).toMatchObject({ none: false, missingState: true, rangeCap: 500 });
      expect(note?.block).toBeLessThanOrEqual(codeStart);
      expect((await p.store.getStream(core.id))?.deployBlock).toBeLessThanOrEqual(codeStart);
      // Bounded: each of the two searches (core contracts, treasury) stays within its budget.
      expect(prunedRequests).toBeLessThanOrEqual(archiveRequests + 2 * FIRST_LOG_BUDGET);
      const m = (s: ChaosProxy["stats"]) =>
        `${s.requests} requests (${s.byMethod.eth_getCode ?? 0} getCode, ${s.byMethod.eth_getLogs ?? 0} getLogs)`;
      console.info(
        `[sync-pruned] ${key} (${style}): archive ${m(archive.stats)}; pruned ${m(pruned.stats)}, ${pruned.stats.stateRefusals} refused; start ${codeStart}`,
      );
    },
    120_000,
  );
});
