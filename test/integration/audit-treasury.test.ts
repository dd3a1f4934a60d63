import { describe, expect, it } from "vitest";
import { eventsNamed } from "@/domain/events/decode";
import type { TreasuryReport } from "@/domain/treasury/report";
import { flowTotals, monthlyOutflows } from "@/domain/treasury/series";
import type { Flow } from "@/domain/treasury/types";
import { appTreasury, low } from "../support/audit-app";
import { auditBlocks, setupAuditEnv } from "../support/audit-env";
import { type TreasuryTruth, treasuryTruth } from "../support/audit-reference";

const env = setupAuditEnv();

/** Sums of the report's flows of one asset and direction, per counterparty. */
function byCounterparty(flows: readonly Flow[], asset: string, direction: "in" | "out") {
  const out = new Map<string, bigint>();
  for (const f of flows)
    if (low(f.asset) === asset && f.direction === direction)
      out.set(low(f.counterparty), (out.get(low(f.counterparty)) ?? 0n) + f.amount);
  return out;
}

/** The page's report and the auditor's truth at one block (ETH traced over every block of the DAO). */
async function both(block: number): Promise<{ report: TreasuryReport; truth: TreasuryTruth }> {
  const e = env();
  const blocks = Array.from({ length: e.synced.syncedTo + 1 }, (_, i) => i);
  const [report, truth] = await Promise.all([
    appTreasury(e.client, e.synced, block),
    treasuryTruth(e.client, e.rpcUrl, e.fixture.timelock, block, blocks),
  ]);
  return { report, truth };
}

describe("the audit DAO's treasury page, against the auditor's reference", () => {
  it.each([0, 1, 2])(
    "lists exactly the assets held or moved, each balance and total exact (check %i)",
    async (k) => {
      const block = auditBlocks(env())[k] ?? 0;
      const { report, truth } = await both(block);
      expect(report.block).toBe(block);
      const shown = new Set(report.assets.map((a) => low(a.meta.id)));
      expect(shown).toEqual(new Set(["eth", ...truth.erc20.keys()]));
      expect(truth.erc20.size).toBe(2); // the DAO's own token and Grant Coin
      for (const [asset, t] of truth.erc20) {
        const row = report.assets.find((a) => low(a.meta.id) === asset);
        expect(row?.balance, asset).toBe(t.balance);
        const totals = flowTotals(report.flows, asset as Flow["asset"]);
        expect(totals.inflow, `${asset} in`).toBe(t.inflow);
        expect(totals.outflow, `${asset} out`).toBe(t.outflow);
        expect(byCounterparty(report.flows, asset, "in"), `${asset} in by sender`).toEqual(t.inBy);
        expect(byCounterparty(report.flows, asset, "out"), `${asset} out by recipient`).toEqual(t.outBy);
        expect(report.reconciliations.get(asset as Flow["asset"])?.status, asset).toBe("reconciled");
      }
      expect(report.assets.find((a) => a.meta.id === "ETH")?.balance).toBe(truth.eth.balance);
      expect(report.eth.balance).toBe(truth.eth.balance);
    },
  );

  it.each([0, 1, 2])(
    "pays out exactly the ETH the node's traces show, per recipient (check %i)",
    async (k) => {
      const block = auditBlocks(env())[k] ?? 0;
      const { report, truth } = await both(block);
      const eth = flowTotals(report.flows, "ETH");
      expect(eth.outflow).toBe(truth.eth.outflow);
      expect(byCounterparty(report.flows, "eth", "out")).toEqual(truth.eth.outBy);
      // ETH received is in no log: the page lists none and says so (treasury-assets, flows-table captions).
      expect(eth.inflow).toBe(0n);
      if (k === 2) expect(truth.eth.inflow).toBeGreaterThan(0n);
    },
  );

  it("links each executed proposal to exactly what left the treasury in its execution", async () => {
    const e = env();
    const { report, truth } = await both(e.synced.syncedTo);
    const executed = eventsNamed(e.synced.events, "ProposalExecuted");
    expect(executed.length).toBe(2);
    for (const x of executed) {
      const linked = new Map<string, bigint>();
      for (const f of report.flows)
        if (f.link.kind === "proposal" && f.link.proposalId === x.args.proposalId && f.direction === "out") {
          const key = `${f.asset === "ETH" ? "ETH" : low(f.asset)}:${low(f.counterparty)}`;
          linked.set(key, (linked.get(key) ?? 0n) + f.amount);
        }
      expect(linked, `proposal ${x.args.proposalId}`).toEqual(truth.outByTx.get(low(x.transactionHash)));
      expect(
        report.flows.filter((f) => f.tx === x.transactionHash).every((f) => f.category === "funding"),
      ).toBe(true);
    }
    // R1 was paid twice in ETH by one proposal: both payments are listed, and their sum is what R1 received.
    const [r1] = e.fixture.recipients;
    const toR1 = report.flows.filter((f) => f.asset === "ETH" && low(f.counterparty) === low(r1));
    expect(toR1.length).toBe(2);
    expect(new Set(toR1.map((f) => f.id)).size).toBe(2);
    const received =
      (await e.client.getBalance({ address: r1, blockNumber: BigInt(report.block) })) -
      (await e.client.getBalance({ address: r1, blockNumber: BigInt(e.fixture.past[0]) }));
    expect(toR1.reduce((s, f) => s + f.amount, 0n)).toBe(received);
  });

  it("puts every dated outflow in one month of the outflows chart, none lost or doubled", async () => {
    const { report, truth } = await both(env().synced.syncedTo);
    for (const [asset, t] of [["ETH", truth.eth], ...truth.erc20] as const) {
      const months = monthlyOutflows(report.flows, asset as Flow["asset"]);
      expect(report.flows.every((f) => f.timestamp !== null)).toBe(true);
      expect(
        months.reduce((s, m) => s + m.funding + m.other, 0n),
        asset,
      ).toBe(t.outflow);
    }
  });
});
