import { concat, encodeAbiParameters, keccak256, pad } from "viem";
import { describe, expect, it } from "vitest";
import { eventsUpTo, treasuryFlows } from "./flows";
import { outsideOperations, proposalOperations, timelockOperationId } from "./operations";
import { balanceSeries, flowTotals, monthlyOutflows, reconcile } from "./series";
import { D, G, grantOp, history, JAN15, OUTSIDE_OP, payR300, R, T, USD } from "./treasury-fixture";

const parties = { treasury: T, governor: G, timelock: T };
const operations = proposalOperations(history, G);
const flows = treasuryFlows({ events: history, parties, operations, categories: new Map([[1n, "funding"]]) });

describe("timelockOperationId", () => {
  it("salts with bytes20(governor) in the high bytes XOR the description hash, predecessor 0 (OZ 5)", () => {
    const gov = `0x${"11".repeat(20)}` as const;
    const dh = `0x${"00".repeat(31)}ff` as const;
    const salt = concat([gov, `0x${"00".repeat(11)}ff`]); // hand-built: 20 bytes of governor, 12 of hash tail
    const expected = keccak256(
      encodeAbiParameters(
        [
          { type: "address[]" },
          { type: "uint256[]" },
          { type: "bytes[]" },
          { type: "bytes32" },
          { type: "bytes32" },
        ],
        [[USD], [0n], [payR300], pad("0x", { size: 32 }), salt],
      ),
    );
    expect(
      timelockOperationId(gov, { targets: [USD], values: [0n], calldatas: [payR300], descriptionHash: dh }),
    ).toBe(expected);
  });

  it("maps each of the governor's proposals to its operation id", () => {
    expect([...operations]).toEqual([[grantOp.toLowerCase(), 1n]]);
    expect(proposalOperations(history, R).size).toBe(0); // another governor's proposals are not ours
  });
});

describe("treasuryFlows", () => {
  it("lists every move with its direction, counterparty and what paid it", () => {
    expect(
      flows.map((f) => [f.block, f.asset, f.direction, f.amount, f.counterparty, f.link.kind, f.category]),
    ).toEqual([
      [10, USD, "in", 1000n, D, "none", "other"],
      [20, USD, "out", 300n, R, "proposal", "funding"],
      [25, "ETH", "out", 2n, R, "outside", "other"],
      [30, USD, "out", 50n, R, "none", "other"],
    ]);
    expect(flows[1]?.link).toEqual({ kind: "proposal", proposalId: 1n });
    expect(flows[0]?.timestamp).toBe(JAN15);
    expect(flows[2]?.timestamp).toBeNull();
  });

  it("links through the governor's execution where there is no timelock, and pays ETH from its values", () => {
    const guild = { treasury: G, governor: G, timelock: null };
    const ev = history.map((e) =>
      e.eventName === "Transfer"
        ? { ...e, args: { ...e.args, ...(e.args.to === T ? { to: G } : { from: G }) } }
        : e,
    );
    const withEth = ev.map((e) =>
      e.eventName === "ProposalCreated" ? { ...e, args: { ...e.args, values: [7n] } } : e,
    );
    const f = treasuryFlows({
      events: withEth,
      parties: guild,
      operations: new Map(),
      categories: new Map(),
    });
    expect(f.map((x) => [x.block, x.asset, x.direction, x.amount, x.link.kind])).toEqual([
      [10, USD, "in", 1000n, "none"],
      [20, USD, "out", 300n, "proposal"],
      [20, "ETH", "out", 7n, "proposal"],
      [30, USD, "out", 50n, "none"],
    ]);
  });

  it("shows the history as of a block", () => {
    const early = treasuryFlows({
      events: eventsUpTo(history, 20),
      parties,
      operations,
      categories: new Map(),
    });
    expect(early.map((f) => f.block)).toEqual([10, 20]);
  });
});

describe("outsideOperations", () => {
  it("flags timelock operations that no proposal of this governor scheduled", () => {
    expect(outsideOperations(history, T, operations)).toEqual([
      {
        id: OUTSIDE_OP,
        calls: [{ index: 0n, target: R, value: 2n, data: "0x" }],
        scheduledBlock: 24,
        scheduledTx: expect.any(String),
        executedBlock: 25,
        cancelled: false,
      },
    ]);
  });
});

describe("balance series and reconciliation", () => {
  it("sums the logs into a balance per block (opening 0)", () => {
    expect(balanceSeries(flows, USD).map((p) => [p.block, p.balance])).toEqual([
      [10, 1000n],
      [20, 700n],
      [30, 650n],
    ]);
    expect(flowTotals(flows, USD)).toEqual({ inflow: 1000n, outflow: 350n, logs: 3 });
  });

  it.each([
    [650n, "reconciled"],
    [600n, "mismatch"],
    [null, "unchecked"],
  ] as const)("balanceOf %s at the block → %s", (read, status) => {
    expect(reconcile(flows, USD, read, 30)).toMatchObject({ status, computed: 650n, logs: 3, block: 30 });
  });

  it("buckets outflows by UTC month and category, empty months included", () => {
    expect(monthlyOutflows(flows, USD)).toEqual([
      { month: "2026-01", funding: 300n, other: 0n },
      { month: "2026-02", funding: 0n, other: 0n },
      { month: "2026-03", funding: 0n, other: 50n },
    ]);
    expect(monthlyOutflows(flows, "ETH")).toEqual([]); // its only outflow has no known time
  });
});
