import { type Address, type PublicClient, parseAbiItem } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRpcClient } from "@/chain/client";
import { chainFor } from "@/config/chains";
import { flowTotals } from "@/domain/treasury/series";
import type { Flow } from "@/domain/treasury/types";
import { findFreePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { appLeaderboard, appToken, appTreasury, low, type SyncedDao, syncDao } from "../support/audit-app";
import { pastTotalSupply, pastVotes, tokenTruth, treasuryTruth } from "../support/audit-reference";
import { devnetDaoContracts } from "./sync-fixture";

let devnet: Devnet;
let client: PublicClient;
const synced = new Map<string, SyncedDao>();
const executedEvent = parseAbiItem("event ProposalExecuted(uint256 proposalId)");

beforeAll(async () => {
  devnet = await startDevnet({ port: await findFreePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
  for (const d of devnet.info.daos)
    synced.set(d.key, await syncDao(client, devnet.rpcUrl, devnetDaoContracts(devnet.info.chainId, d)));
}, 300_000);
afterAll(async () => {
  await devnet?.stop();
});

const get = (key: string) => {
  const s = synced.get(key);
  if (!s) throw new Error(`not synced: ${key}`);
  return s;
};
/** The head and two past blocks the pruned devnet still has state for (it keeps the last 256). */
const blocksOf = (s: SyncedDao) => [s.syncedTo - 200, s.syncedTo - 100, s.syncedTo];

describe.each(["aiCommons", "computeGuild"] as const)(
  "the devnet's %s, against the auditor's reference",
  (key) => {
    it("token and delegates pages: supply, holders, balances, power, delegators, idle, at three blocks", async () => {
      const s = get(key);
      for (const block of blocksOf(s)) {
        const header = await client.getBlock({ blockNumber: BigInt(block) });
        const clockNow = s.dao.clock.kind === "timestamp" ? header.timestamp : BigInt(block);
        const [{ a }, t] = await Promise.all([
          appToken(client, s, block),
          tokenTruth(client, s.contracts.token, block),
        ]);
        const board = appLeaderboard(s, block, Number(header.timestamp), clockNow);
        expect(a.state.totalSupply, `supply at ${block}`).toBe(t.totalSupply);
        expect(a.state.balances, `balances at ${block}`).toEqual(t.balances);
        expect(a.state.votes, `votes at ${block}`).toEqual(t.votes);
        expect(a.series[a.series.length - 1]?.holders).toBe(t.balances.size);
        expect([board.totalSupply, board.delegatedSupply, board.idleSupply]).toEqual([
          t.totalSupply,
          t.delegatedSupply,
          t.idleSupply,
        ]);
        for (const r of board.rows) {
          expect(r.votes, r.address).toBe(t.votes.get(r.address) ?? 0n);
          expect(r.delegators, r.address).toBe(t.delegators.get(r.address) ?? 0);
        }
      }
    });

    it("token page series: every point's supply and each top delegate's power equal getPast* at its timepoint", async () => {
      const s = get(key);
      const { a } = await appToken(client, s, s.syncedTo);
      const when = (p: { blockNumber: number; timestamp?: number }) =>
        BigInt(s.dao.clock.kind === "timestamp" ? (p.timestamp ?? Number.NaN) : p.blockNumber);
      // A checkpoint is per timepoint: on a timestamp clock, blocks of one second share one (anvil, like fast
      // L2s, mines several blocks a second; the guild's seed mints in one second), so only the last point of
      // each second is a checkpoint, and only timepoints before the head's are settled (getPast* reverts).
      const head = await client.getBlock({ blockNumber: BigInt(s.syncedTo) });
      const nowClock = s.dao.clock.kind === "timestamp" ? head.timestamp : BigInt(s.syncedTo);
      const settled = <P extends { blockNumber: number; timestamp?: number }>(points: readonly P[]) =>
        points.filter((p, i) => {
          const next = points[i + 1];
          return when(p) < nowClock && (next === undefined || when(next) !== when(p));
        });
      expect(settled(a.series).length).toBeGreaterThan(0);
      for (const p of settled(a.series)) {
        expect(p.totalSupply, `block ${p.blockNumber}`).toBe(
          await pastTotalSupply(client, s.contracts.token, when(p)),
        );
      }
      for (const p of settled(a.topFiveSeries))
        for (const [i, d] of a.topFive.entries())
          expect(p.votes[i], `${d.address} at ${p.blockNumber}`).toBe(
            await pastVotes(client, s.contracts.token, d.address as Address, when(p)),
          );
    });

    it("treasury page: ERC-20 balances, flows by asset and counterparty; ETH paid out per recipient", async () => {
      const s = get(key);
      const treasury = s.contracts.timelock ?? s.contracts.governor;
      // ETH leaves the treasury only when a proposal executes: trace those blocks (the auditor's own filter).
      const executed = await client.getLogs({
        address: s.contracts.governor,
        event: executedEvent,
        fromBlock: 0n,
      });
      const blocks = [...new Set(executed.map((x) => Number(x.blockNumber)))];
      const [report, truth] = await Promise.all([
        appTreasury(client, s, s.syncedTo),
        treasuryTruth(client, devnet.rpcUrl, treasury, s.syncedTo, blocks),
      ]);
      for (const [asset, t] of truth.erc20) {
        expect(report.assets.find((x) => low(x.meta.id) === asset)?.balance, asset).toBe(t.balance);
        const totals = flowTotals(report.flows, asset as Flow["asset"]);
        expect([totals.inflow, totals.outflow], asset).toEqual([t.inflow, t.outflow]);
      }
      const ethOut = new Map<string, bigint>();
      for (const f of report.flows)
        if (f.asset === "ETH" && f.direction === "out")
          ethOut.set(low(f.counterparty), (ethOut.get(low(f.counterparty)) ?? 0n) + f.amount);
      // Not vacuous: executions were traced, and AI Commons' seed pays ETH (the Guild's executed grants pay tUSD only).
      expect(blocks.length).toBeGreaterThan(0);
      if (key === "aiCommons") expect(truth.eth.outflow).toBeGreaterThan(0n);
      expect(ethOut).toEqual(truth.eth.outBy);
      expect(report.eth.balance).toBe(truth.eth.balance);
    });
  },
);
