import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { appLeaderboard } from "../support/audit-app";
import { type AuditEnv, auditBlocks, setupAuditEnv } from "../support/audit-env";
import { hasVoted, pastVotes, tokenTruth } from "../support/audit-reference";

const env = setupAuditEnv();

/** The delegates page's leaderboard at `block`, with that block's time (as the page reads it). */
async function boardAt(e: AuditEnv, block: number) {
  const header = await e.client.getBlock({ blockNumber: BigInt(block) });
  const now = Number(header.timestamp);
  return { board: appLeaderboard(e.synced, block, now, BigInt(block)), now };
}

describe("the audit DAO's delegates page, against the auditor's reference", () => {
  it.each([0, 1, 2])("power, delegators and the supply split at the shown block (check %i)", async (k) => {
    const e = env();
    const block = auditBlocks(e)[k] ?? 0;
    const [{ board }, t] = await Promise.all([
      boardAt(e, block),
      tokenTruth(e.client, e.fixture.token, block),
    ]);
    expect(board.blockNumber).toBe(block);
    expect(board.totalSupply).toBe(t.totalSupply);
    expect(board.delegatedSupply).toBe(t.delegatedSupply);
    expect(board.idleSupply).toBe(t.idleSupply);
    // Nothing is delegated to someone without counting as their power: the split adds up.
    expect(board.delegatedSupply + board.idleSupply).toBe(board.totalSupply);
    expect(new Set(board.rows.map((r) => r.address))).toEqual(
      new Set([...t.votes.keys(), ...t.delegators.keys()]),
    );
    for (const r of board.rows) {
      expect(r.votes, `votes of ${r.address}`).toBe(t.votes.get(r.address) ?? 0n);
      expect(r.delegators, `delegators of ${r.address}`).toBe(t.delegators.get(r.address) ?? 0);
    }
    // Shares as the table shows them (of total and of delegated supply) come from these exact numbers.
    expect(board.rows.reduce((s, r) => s + r.votes, 0n)).toBe(t.delegatedSupply);
    // Ranks: 1 for the most power, equal power shares a rank.
    const sorted = [...board.rows].sort((a, b) => a.rank - b.rank);
    for (const [i, r] of sorted.entries())
      if (i > 0) expect(r.votes).toBeLessThanOrEqual(sorted[i - 1]?.votes ?? 0n);
  });

  it.each([1, 2])(
    "each delegate's participation: voted / could vote, from hasVoted and getPastVotes (check %i)",
    async (k) => {
      const e = env();
      const block = auditBlocks(e)[k] ?? 0;
      const { board } = await boardAt(e, block);
      const created = e.synced.events.flatMap((x) =>
        x.eventName === "ProposalCreated" && x.blockNumber <= block && x.args.voteStart < BigInt(block)
          ? [x.args]
          : [],
      );
      expect(created.length).toBeGreaterThan(0);
      let votedSomewhere = 0;
      for (const r of board.rows) {
        const who = r.address as Address;
        let eligible = 0;
        let voted = 0;
        for (const c of created) {
          if ((await pastVotes(e.client, e.fixture.token, who, c.voteStart)) === 0n) continue;
          eligible++;
          if (await hasVoted(e.client, e.fixture.governor, c.proposalId, who, block)) voted++;
        }
        expect(r.participation, r.address).toEqual({ voted, eligible });
        if (voted > 0) votedSomewhere++;
      }
      expect(votedSomewhere).toBeGreaterThanOrEqual(2);
    },
  );

  it("each delegate's power history (the delegate page's chart) equals getVotes at each point's block", async () => {
    const e = env();
    const { board, now } = await boardAt(e, e.synced.syncedTo);
    expect(board.histories.size).toBeGreaterThanOrEqual(3);
    for (const [d, points] of board.histories)
      for (const p of points) {
        const t = await tokenTruth(e.client, e.fixture.token, p.blockNumber);
        expect(p.votes, `${d} at ${p.blockNumber}`).toBe(t.votes.get(d) ?? 0n);
        const header = await e.client.getBlock({ blockNumber: BigInt(p.blockNumber) });
        expect(p.timestamp).toBe(Number(header.timestamp));
      }
    // The whole history is younger than 30 days: the 30-day change is the power itself.
    const first = await e.client.getBlock({ blockNumber: BigInt(e.fixture.deployBlock) });
    expect(now - Number(first.timestamp)).toBeLessThan(30 * 86_400);
    for (const r of board.rows) expect(r.change30d, r.address).toBe(r.votes);
  });
});
