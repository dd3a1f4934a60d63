import { type Address, parseAbiItem, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { appToken, low } from "../support/audit-app";
import { auditBlocks, setupAuditEnv } from "../support/audit-env";
import { pastDelegated, proposalTruth, tokenTruth } from "../support/audit-reference";

const env = setupAuditEnv();
const transferEvent = parseAbiItem("event Transfer(address indexed from, address indexed to, uint256 value)");
const voteCast = parseAbiItem(
  "event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)",
);
const byVotes = (m: Map<string, bigint>) =>
  [...m].sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : 1) : x > y ? -1 : 1));

describe("the audit DAO's token page, against the auditor's reference", () => {
  it.each([0, 1, 2])(
    "supply, holders, balances and voting power at the shown block (check %i)",
    async (k) => {
      const e = env();
      const block = auditBlocks(e)[k] ?? 0;
      const [{ read, a }, t] = await Promise.all([
        appToken(e.client, e.synced, block),
        tokenTruth(e.client, e.fixture.token, block),
      ]);
      expect(read.decimals).toBe(6);
      expect(read.totalSupply).toBe(t.totalSupply);
      expect(a.state.totalSupply).toBe(t.totalSupply);
      expect(a.state.balances).toEqual(t.balances);
      expect(a.state.votes).toEqual(t.votes);
      expect(a.state.delegatedSupply).toBe(t.delegatedSupply);
      expect(a.ranked.map((r) => [r.address, r.votes])).toEqual(byVotes(t.votes));
      const last = a.series[a.series.length - 1];
      expect(last?.blockNumber).toBeLessThanOrEqual(block);
      expect(last).toMatchObject({
        totalSupply: t.totalSupply,
        delegatedSupply: t.delegatedSupply,
        holders: t.balances.size,
        treasury: t.balances.get(low(e.fixture.timelock)) ?? 0n,
      });
      expect(read.treasuryTokens).toBe(t.balances.get(low(e.fixture.timelock)) ?? 0n);
      expect(a.buckets.reduce((s, b) => s + b.holders, 0)).toBe(t.balances.size);
      expect(a.buckets.reduce((s, b) => s + b.total, 0n)).toBe(
        [...t.balances.values()].reduce((x, y) => x + y, 0n),
      );
    },
  );

  it("every point of the supply and holders series equals the chain at that point's block", async () => {
    const e = env();
    const { a } = await appToken(e.client, e.synced, e.synced.syncedTo);
    expect(a.series.length).toBeGreaterThan(10);
    for (const p of a.series) {
      const t = await tokenTruth(e.client, e.fixture.token, p.blockNumber);
      expect([p.totalSupply, p.delegatedSupply, p.holders, p.treasury], `block ${p.blockNumber}`).toEqual([
        t.totalSupply,
        t.delegatedSupply,
        t.balances.size,
        t.balances.get(low(e.fixture.timelock)) ?? 0n,
      ]);
    }
    // Minted and burned per block, from the auditor's own Transfer filters (from or to the zero address).
    const range = { address: e.fixture.token, event: transferEvent, fromBlock: 0n } as const;
    const [mints, burns] = await Promise.all([
      e.client.getLogs({ ...range, args: { from: zeroAddress } }),
      e.client.getLogs({ ...range, args: { to: zeroAddress } }),
    ]);
    const per = (logs: typeof mints) => {
      const m = new Map<number, bigint>();
      for (const l of logs)
        m.set(Number(l.blockNumber), (m.get(Number(l.blockNumber)) ?? 0n) + (l.args.value ?? 0n));
      return m;
    };
    const minted = new Map(a.series.filter((p) => p.minted > 0n).map((p) => [p.blockNumber, p.minted]));
    const burned = new Map(a.series.filter((p) => p.burned > 0n).map((p) => [p.blockNumber, p.burned]));
    expect(minted).toEqual(per(mints));
    expect(burned).toEqual(per(burns));
    expect(burned.size).toBe(2);
  });

  it("the top delegates' power over time equals getVotes at each point's block", async () => {
    const e = env();
    const { a } = await appToken(e.client, e.synced, e.synced.syncedTo);
    expect(a.topFive.length).toBeGreaterThanOrEqual(3);
    expect(a.topFiveSeries.length).toBeGreaterThan(3);
    for (const p of a.topFiveSeries) {
      const t = await tokenTruth(e.client, e.fixture.token, p.blockNumber);
      expect(p.votes, `block ${p.blockNumber}`).toEqual(a.topFive.map((d) => t.votes.get(d.address) ?? 0n));
    }
  });

  it.each([1, 2])(
    "each proposal's turnout, voters, quorum and power at its snapshot (check %i)",
    async (k) => {
      const e = env();
      const block = auditBlocks(e)[k] ?? 0;
      const { participation } = await appToken(e.client, e.synced, block);
      const created = e.synced.events.filter(
        (x) => x.eventName === "ProposalCreated" && x.blockNumber <= block,
      );
      expect(participation.turnouts.length).toBe(created.length);
      expect(participation.turnouts.length).toBeGreaterThan(0);
      const delegates = [...(await tokenTruth(e.client, e.fixture.token, block)).votes.keys()] as Address[];
      const everyDelegate = new Set<string>(delegates);
      for (const x of e.synced.events)
        if (x.eventName === "DelegateVotesChanged") everyDelegate.add(low(x.args.delegate));
      const votes = await e.client.getLogs({
        address: e.fixture.governor,
        event: voteCast,
        fromBlock: 0n,
        toBlock: BigInt(block),
      });
      for (const tr of participation.turnouts) {
        const c = created.find((x) => x.eventName === "ProposalCreated" && x.args.proposalId === tr.id);
        if (c?.eventName !== "ProposalCreated") throw new Error("no ProposalCreated");
        const truth = await proposalTruth(e.client, e.fixture.governor, tr.id, c.args.voteStart, block);
        expect(tr.votes, `votes ${tr.id}`).toBe(truth.votes);
        expect(tr.quorum).toBe(truth.quorum);
        expect(tr.voters).toBe(votes.filter((v) => v.args.proposalId === tr.id).length);
        const power = await pastDelegated(
          e.client,
          e.fixture.token,
          [...everyDelegate] as Address[],
          c.args.voteStart,
        );
        expect(tr.delegatedAtSnapshot, `power at snapshot ${tr.id}`).toBe(power);
        expect(tr.reachedQuorum).toBe(truth.votes >= truth.quorum);
      }
    },
  );
});
