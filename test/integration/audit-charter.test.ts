import { type Address, parseAbi, parseAbiItem } from "viem";
import { describe, expect, it } from "vitest";
import { charterEventsFrom } from "@/domain/charter/events";
import { principleCountSeries } from "@/domain/charter/history";
import { charterModel } from "@/domain/charter/model";
import { charterProposalsFrom } from "@/domain/charter/proposals";
import { low } from "../support/audit-app";
import { type AuditEnv, auditBlocks, setupAuditEnv } from "../support/audit-env";

const env = setupAuditEnv();
const charterAbi = parseAbi([
  "function principleCount() view returns (uint256)",
  "function principle(uint256) view returns (string title, string uri, bytes32 contentHash, uint64 ratifiedAt, bool retired)",
]);
const executedEvent = parseAbiItem("event ProposalExecuted(uint256 proposalId)");

/** Every principle as the charter contract returns it at `block`. */
async function principlesAt(e: AuditEnv, block: number) {
  const at = { address: e.fixture.charter, abi: charterAbi, blockNumber: BigInt(block) } as const;
  const count = await e.client.readContract({ ...at, functionName: "principleCount" });
  const out: {
    id: bigint;
    title: string;
    uri: string;
    contentHash: string;
    ratifiedAt: number;
    retired: boolean;
  }[] = [];
  for (let id = 0n; id < count; id++) {
    const [title, uri, contentHash, ratifiedAt, retired] = await e.client.readContract({
      ...at,
      functionName: "principle",
      args: [id],
    });
    out.push({ id, title, uri, contentHash: low(contentHash), ratifiedAt: Number(ratifiedAt), retired });
  }
  return out;
}

describe("the audit DAO's charter page, against the charter's own reads", () => {
  it.each([0, 1, 2])("shows exactly the active and retired principles of the block (check %i)", async (k) => {
    const e = env();
    const block = auditBlocks(e)[k] ?? 0;
    const events = charterEventsFrom(e.synced.events);
    const model = charterModel({
      events,
      proposals: charterProposalsFrom(e.synced.events, e.fixture.governor),
      adopted: [],
      atBlock: block,
      atHead: block === e.synced.syncedTo,
    });
    const truth = await principlesAt(e, block);
    const shape = (p: { id: bigint; title: string; uri: string; contentHash: string }) => ({
      id: p.id,
      title: p.title,
      uri: p.uri,
      contentHash: low(p.contentHash),
    });
    expect(model.active.map(shape)).toEqual(truth.filter((p) => !p.retired).map(shape));
    expect(model.retired.map(shape)).toEqual(truth.filter((p) => p.retired).map(shape));
    for (const p of [...model.active, ...model.retired])
      expect(p.ratified.timestamp).toBe(truth.find((t) => t.id === p.id)?.ratifiedAt);
    // Each change is linked to the proposal executed in its transaction (from the auditor's own filter).
    const executed = await e.client.getLogs({
      address: e.fixture.governor as Address,
      event: executedEvent,
      fromBlock: 0n,
    });
    for (const p of [...model.active, ...model.retired]) {
      const by = executed.find((x) => low(x.transactionHash) === low(p.ratified.tx));
      expect(p.ratifiedBy?.id).toBe(by?.args.proposalId);
    }
    const series = principleCountSeries(events, block);
    const last = series[series.length - 1] ?? { active: 0, retired: 0 };
    expect([last.active, last.retired]).toEqual([
      truth.filter((p) => !p.retired).length,
      truth.filter((p) => p.retired).length,
    ]);
    if (k === 2) expect(truth.map((p) => p.retired)).toEqual([true, false]);
  });
});
