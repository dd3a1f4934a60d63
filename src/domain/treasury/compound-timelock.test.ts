import { describe, expect, it } from "vitest";
import { treasuryFlows } from "./flows";
import { history, R, T, TX, USD } from "./treasury-fixture";

describe("treasuryFlows behind Compound's Timelock (GovernorAlpha/Bravo)", () => {
  // Compound's Timelock logs ExecuteTransaction, no CallExecuted: only the governor's ProposalExecuted marks
  // which proposal paid. The grant's CallExecuted is dropped to make the fixture's timelock a Compound one.
  const events = history.filter((e) => e.eventName !== "CallExecuted" && e.eventName !== "CallScheduled");
  const flows = treasuryFlows({
    events,
    parties: { treasury: T, governor: history[0]?.address ?? T, timelock: T, timelockKind: "compound" },
    operations: new Map(),
    categories: new Map([[1n, "funding"]]),
  });

  it("links a payment to the proposal executed in the same transaction", () => {
    const grant = flows.find((f) => f.tx === TX(20));
    expect(grant).toMatchObject({ asset: USD, direction: "out", amount: 300n, counterparty: R });
    expect(grant?.link).toEqual({ kind: "proposal", proposalId: 1n });
    expect(grant?.category).toBe("funding");
  });

  it("leaves a move that nothing executed unlinked", () => {
    expect(flows.find((f) => f.tx === TX(30))?.link).toEqual({ kind: "none" });
  });
});
