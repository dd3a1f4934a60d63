import type { Address, PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRpcClient } from "@/chain/client";
import { daoStreams } from "@/chain/sync/dao-streams";
import { chainFor } from "@/config/chains";
import type { DevnetDao } from "@/config/devnet-info";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { type TokenAnalytics, tokenAnalytics } from "@/domain/analytics/token-analytics";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { type DaoEvent, decodeStreams } from "@/domain/events/decode";
import { findFreePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { rpcCall } from "../chaos/anvil";
import { devnetDaoContracts, engineFor } from "./sync-fixture";

const ZERO = "0x0000000000000000000000000000000000000000";

let devnet: Devnet;
let client: PublicClient;

beforeAll(async () => {
  devnet = await startDevnet({ port: await findFreePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
  // One empty block a minute after the seed, so the last change is in the past of both clocks
  // (getPast* reverts for the current timepoint).
  await rpcCall(devnet.rpcUrl, "evm_increaseTime", [60]);
  await rpcCall(devnet.rpcUrl, "evm_mine", []);
});
afterAll(async () => {
  await devnet?.stop();
});

type Synced = { dao: DevnetDao; events: DaoEvent[]; block: number; a: TokenAnalytics; timestamps: boolean };

/** Syncs a devnet DAO the way the app does and runs the token page's domain functions on its logs. */
async function syncToken(key: "aiCommons" | "computeGuild"): Promise<Synced> {
  const dao = devnet.info.daos.find((d) => d.key === key);
  if (!dao) throw new Error(`devnet has no ${key}`);
  const contracts = devnetDaoContracts(devnet.info.chainId, dao);
  const r = await engineFor(devnet.rpcUrl).engine.sync(daoStreams(contracts, daoEventTopics, transferTopic));
  const { events } = decodeStreams(r.streams);
  const a = tokenAnalytics({
    events,
    token: dao.token,
    treasury: dao.timelock ?? dao.governor,
    atBlock: r.syncedTo,
    decimals: 18,
    quorum: null,
  });
  return { dao, events, block: r.syncedTo, a, timestamps: key === "computeGuild" };
}

/** Five timepoints spread over [first, last], first and last included. */
const fiveBetween = (first: number, last: number) =>
  [0, 1, 2, 3, 4].map((i) => Math.floor(first + ((last - first) * i) / 4));

/** The value a series of checkpoints holds at `t`: its last point at or before it (0 before the first). */
function valueAt<P>(points: readonly P[], when: (p: P) => number, value: (p: P) => bigint, t: number) {
  let out = 0n;
  for (const p of points) if (when(p) <= t) out = value(p);
  return out;
}

describe.each(["aiCommons", "computeGuild"] as const)("the %s token, from the synced logs", (key) => {
  let s: Synced;
  beforeAll(async () => {
    s = await syncToken(key);
  });
  const read = <F extends "totalSupply" | "balanceOf" | "getVotes">(functionName: F, args: Address[]) =>
    client.readContract({
      address: s.dao.token,
      abi: ozVotesTokenAbi,
      functionName,
      args,
      blockNumber: BigInt(s.block),
    } as never) as Promise<bigint>;

  it("ends the total supply series at totalSupply() of the pinned block", async () => {
    const last = s.a.series[s.a.series.length - 1];
    expect(s.a.series.length).toBeGreaterThan(3);
    const onChain = await read("totalSupply", []);
    expect(onChain).toBeGreaterThan(0n);
    expect(last?.totalSupply).toBe(onChain);
    expect(s.a.state.totalSupply).toBe(onChain);
  });

  it("has delegated supply equal to the sum of getVotes over every delegate", async () => {
    const delegates = new Set<Address>();
    for (const c of s.a.changes)
      if (c.kind === "votes") delegates.add(c.delegate);
      else if (c.kind === "delegate" && c.toDelegate !== ZERO) delegates.add(c.toDelegate);
    expect(delegates.size).toBeGreaterThanOrEqual(3);
    const votes = await Promise.all([...delegates].map((d) => read("getVotes", [d])));
    const sum = votes.reduce((x, y) => x + y, 0n);
    expect(sum).toBeGreaterThan(0n);
    expect(s.a.state.delegatedSupply).toBe(sum);
    expect(s.a.series[s.a.series.length - 1]?.delegatedSupply).toBe(sum);
    for (const [i, d] of [...delegates].entries())
      expect(s.a.state.votes.get(d.toLowerCase()) ?? 0n, d).toBe(votes[i]);
  });

  it("counts as holders exactly the addresses seen in Transfer logs with a non-zero balanceOf", async () => {
    const seen = new Set<Address>();
    for (const c of s.a.changes)
      if (c.kind === "transfer") for (const x of [c.from, c.to]) if (x !== ZERO) seen.add(x);
    const balances = await Promise.all([...seen].map((x) => read("balanceOf", [x])));
    const holders = balances.filter((b) => b > 0n).length;
    expect(holders).toBeGreaterThanOrEqual(5);
    expect(s.a.state.balances.size).toBe(holders);
    expect(s.a.series[s.a.series.length - 1]?.holders).toBe(holders);
    for (const [i, x] of [...seen].entries())
      expect(s.a.state.balances.get(x.toLowerCase()) ?? 0n, x).toBe(balances[i]);
  });

  it("matches getPastTotalSupply at five sampled points of the supply series", async () => {
    // The token's clock: blocks for AI Commons, seconds (ERC-6372 timestamp) for Compute Guild.
    const when = (p: { blockNumber: number; timestamp?: number }) =>
      s.timestamps ? (p.timestamp ?? Number.NaN) : p.blockNumber;
    const points = s.a.series;
    expect(points.every((p) => Number.isFinite(when(p)))).toBe(true);
    const first = when(points[0] ?? { blockNumber: 0 });
    const last = when(points[points.length - 1] ?? { blockNumber: 0 });
    // Before the first mint, on it, and spread up to the last change.
    const samples = [first - 1, ...fiveBetween(first, last).filter((_, i) => i !== 2)];
    for (const t of samples) {
      const onChain = await client.readContract({
        address: s.dao.token,
        abi: ozVotesTokenAbi,
        functionName: "getPastTotalSupply",
        args: [BigInt(t)],
      });
      expect(
        valueAt(points, when, (p) => p.totalSupply, t),
        `timepoint ${t}`,
      ).toBe(onChain);
    }
    expect(new Set(samples.map((t) => valueAt(points, when, (p) => p.totalSupply, t))).size).toBeGreaterThan(
      1,
    );
  });

  it("replays the top delegate's power series to getPastVotes at five sampled points", async () => {
    const top = s.a.topFive[0];
    if (!top) throw new Error("no delegate");
    const when = (p: { blockNumber: number; timestamp?: number }) =>
      s.timestamps ? (p.timestamp ?? Number.NaN) : p.blockNumber;
    const points = s.a.topFiveSeries;
    expect(points.length).toBeGreaterThanOrEqual(2);
    const first = when(points[0] ?? { blockNumber: 0 });
    const last = when(points[points.length - 1] ?? { blockNumber: 0 });
    // Before the first checkpoint, on it, and spread up to the last change.
    const samples = [first - 1, ...fiveBetween(first, last).slice(0, 4), last];
    for (const t of samples) {
      const onChain = await client.readContract({
        address: s.dao.token,
        abi: ozVotesTokenAbi,
        functionName: "getPastVotes",
        args: [top.address as Address, BigInt(t)],
      });
      expect(
        valueAt(points, when, (p) => p.votes[0] ?? 0n, t),
        `timepoint ${t}`,
      ).toBe(onChain);
    }
  });
});
