import { QueryClient } from "@tanstack/react-query";
import type { PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBlockTimes } from "@/chain/reads/block-times";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { daoStreams } from "@/chain/sync/dao-streams";
import { daoIdentityFromRead } from "@/domain/dao/identity";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { type DaoEvent, decodeStreams } from "@/domain/events/decode";
import { clockToTime, knownBlockTime, withBlockTimes } from "@/domain/proposals/timing";
import { blocksWithoutTime } from "@/features/proposals/api/proposal-clock";
import { listKeyParams } from "@/features/proposals/api/proposals";
import { type ProposalsData, readProposalsData } from "@/features/proposals/api/read-proposals";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { createRpcClient } from "../../src/chain/client";
import { probeContracts } from "../../src/chain/reads/contract-kinds";
import { readProposalStatuses } from "../../src/chain/reads/proposal-status";
import { chainFor } from "../../src/config/chains";
import { PROPOSAL_STATES, proposalStateName } from "../../src/domain/proposals/state";
import { rpcCall } from "../chaos/anvil";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { derivedAgainstGovernor } from "./proposal-reads-derived";
import { devnetDaoContracts, engineFor } from "./sync-fixture";

let devnet: Devnet;
let client: PublicClient;
let proxy: ChaosProxy;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
  proxy = await startChaosProxy({ upstream: devnet.rpcUrl });
});

afterAll(async () => {
  await proxy?.close();
  await devnet?.stop();
});

describe("batched proposal reads against the seeded devnet", () => {
  it("reads every AI Commons proposal's state, votes and quorum in one pinned batch", async () => {
    const dao = devnet.info.daos.find((d) => d.key === "aiCommons");
    if (!dao) throw new Error("no AI Commons in devnet.json");
    const ids = devnet.proposals.filter((p) => p.dao === "aiCommons").map((p) => p.id);
    const block = await client.getBlockNumber();
    const clock = await client.readContract({
      address: dao.governor,
      abi: [
        {
          type: "function",
          name: "clock",
          inputs: [],
          outputs: [{ type: "uint48" }],
          stateMutability: "view",
        },
      ],
      functionName: "clock",
      blockNumber: block,
    });
    const statuses = await readProposalStatuses(client, dao.governor, ids, block, BigInt(clock));
    expect(statuses).toHaveLength(ids.length);
    const states = new Set(statuses.map((s) => proposalStateName(s.state ?? -1)));
    for (const s of PROPOSAL_STATES.filter((name) => name !== "Expired")) {
      expect(states).toContain(s);
    }
    const executed = statuses.find((s) => s.state === 7);
    expect(executed?.votes?.for).toBeGreaterThan(0n);
    expect(executed?.quorum).toBeGreaterThan(0n);
    const pending = statuses.find((s) => s.state === 0);
    expect(pending?.quorum).toBeNull();
    expect(statuses.find((s) => s.state === 5)?.eta).toBeGreaterThan(0n);
  });

  it("probes contracts: tUSD is an ERC-20 with 6 decimals, the charter is a charter, the timelock neither", async () => {
    const dao = devnet.info.daos.find((d) => d.key === "aiCommons");
    if (!dao?.charter || !dao.timelock) throw new Error("incomplete devnet.json");
    const [usd, charter, timelock] = await probeContracts(
      client,
      [dao.stable, dao.charter, dao.timelock],
      await client.getBlockNumber(),
    );
    expect(usd).toMatchObject({ erc20: { symbol: "tUSD", decimals: 6 }, charter: false });
    expect(charter).toMatchObject({ erc20: null, charter: true });
    expect(timelock).toMatchObject({ erc20: null, charter: false });
  });
});

describe("block times of the proposal list", () => {
  const aiCommons = () => {
    const d = devnet.info.daos.find((x) => x.key === "aiCommons");
    if (!d) throw new Error("no AI Commons in devnet.json");
    return d;
  };
  const headerTime = async (block: bigint) =>
    Number((await client.getBlock({ blockNumber: block })).timestamp);
  const headerReads = () => proxy.stats.byMethod.eth_getBlockByNumber ?? 0;
  let synced: { events: DaoEvent[]; syncedTo: number };
  let list: ProposalsData;

  /** The list query over the counting proxy; returns how many headers it read. */
  async function readList(events: readonly DaoEvent[]) {
    const d = aiCommons();
    const dao = daoIdentityFromRead(await readDaoIdentity(client, d.governor), 12);
    const viaProxy = createRpcClient(chainFor(31337), [proxy.url]);
    proxy.resetStats();
    const params = listKeyParams(dao, { ...synced, events });
    const data = await readProposalsData(viaProxy, new QueryClient(), params, events);
    return { data, headers: headerReads() };
  }

  beforeAll(async () => {
    const d = aiCommons();
    const r = await engineFor(devnet.rpcUrl).engine.sync(
      daoStreams(devnetDaoContracts(31337, d), daoEventTopics, transferTopic),
    );
    synced = { events: decodeStreams(r.streams).events, syncedTo: r.syncedTo };
  });

  it("reads no header for creation or voting blocks when logs carry timestamps, and keeps creation times exact", async () => {
    expect(synced.events.every((e) => e.blockTimestamp !== undefined)).toBe(true);
    const { data, headers } = await readList(synced.events);
    list = data;
    expect(data.proposals).toHaveLength(18);
    // Only the pinned block's own header: the logs' times stand in for a second clock sample.
    expect(headers).toBe(1);
    // One block time per DAO, the overview's too (not a per-poll average that moves with each block).
    expect(data.now.secondsPerBlock).toBe(12);
    // The treasury's balances, pinned with the rest, of every asset a proposal moves: tUSD and ETH.
    expect(data.treasuryBalances.get(aiCommons().stable)).toBeGreaterThan(0n);
    expect(data.treasuryBalances.get("0x0000000000000000000000000000000000000000")).toBeGreaterThan(0n);
    for (const p of data.proposals)
      expect(knownBlockTime(data.now, p.createdBlock)).toBe(await headerTime(p.createdBlock));
    const ended = data.proposals.filter((p) => p.voteEnd < data.now.clock);
    expect(ended.length).toBeGreaterThan(5);
    for (const p of ended) {
      const t = clockToTime(p.voteEnd, data.now);
      expect(t.estimated).toBe(knownBlockTime(data.now, p.voteEnd) === undefined);
    }
  });

  it("reads each creation block's header once when logs carry no timestamps (older nodes)", async () => {
    const bare = synced.events.map(({ blockTimestamp: _, ...e }) => e as DaoEvent);
    const { data, headers } = await readList(bare);
    const creationBlocks = new Set(data.proposals.map((p) => p.createdBlock));
    expect(headers).toBe((synced.syncedTo > 256 ? 2 : 1) + creationBlocks.size);
    for (const p of data.proposals)
      expect(knownBlockTime(data.now, p.createdBlock)).toBe(await headerTime(p.createdBlock));
  });

  it("gives a proposal's page exact voting times from at most 3 headers", async () => {
    const ended = list.proposals.filter((p) => p.voteEnd < list.now.clock);
    for (const p of ended) {
      const blocks = blocksWithoutTime(p, list.now);
      expect(blocks.length).toBeLessThanOrEqual(3);
      const clock = withBlockTimes(list.now, await readBlockTimes(client, 31337, blocks.map(BigInt)));
      for (const block of [p.voteStart, p.voteEnd])
        expect(clockToTime(block, clock)).toEqual({ seconds: await headerTime(block), estimated: false });
    }
  });
});

// Last in this file: it moves the chain on.
describe("states, tallies, deadlines, etas and quorums derived from the devnet's logs", () => {
  it("equal the governor's reads on both DAOs (late-quorum extensions included), also after a time jump", async () => {
    const check = async (key: string) => {
      const d = devnet.info.daos.find((x) => x.key === key);
      if (!d) throw new Error(`no ${key} in devnet.json`);
      const r = await derivedAgainstGovernor(devnet.rpcUrl, client, d.governor, d.deployBlock);
      expect(r.vsMain).toEqual([]);
      expect(r.pinnedVsMain).toEqual([]);
      return r;
    };
    const before = [await check("aiCommons"), await check("computeGuild")];
    const states = new Set(before.flatMap((r) => r.states));
    for (const s of ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Executed"])
      expect(states).toContain(s);
    // Executed and canceled ones at least, and defeats decided by a replayed quorum.
    for (const r of before) expect(r.settled).toBeGreaterThan(0);
    expect(before[0]?.derived.some((d) => d.settled && d.state === 3)).toBe(true);
    // 4,000 blocks, 600 s apart (about 4 weeks): past every delay and period (1,800 blocks; 5 days).
    await rpcCall(devnet.rpcUrl, "anvil_mine", ["0xfa0", "0x258"]);
    const after = [await check("aiCommons"), await check("computeGuild")];
    const open = (r: (typeof after)[number]) => r.states.filter((s) => s === "Pending" || s === "Active");
    expect(before.flatMap(open).length).toBeGreaterThan(0);
    expect(after.flatMap(open)).toEqual([]);
  }, 300_000);
});
