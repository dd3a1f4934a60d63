import { encodeFunctionData, erc20Abi } from "viem";
import { describe, expect, it } from "vitest";
import type { DaoEvent } from "@/domain/events/decode";
import { treasuryFlows } from "./flows";
import { paymentsOf } from "./pending";
import { G, R, T, TX, USD } from "./treasury-fixture";

const at = (blockNumber: number, logIndex: number, address: `0x${string}`) => ({
  blockNumber,
  logIndex,
  address,
  transactionHash: TX(blockNumber),
  finalized: true,
});
const OP = `0x${"aa".repeat(32)}` as const;

describe("ETH a proposal sends to the treasury itself", () => {
  it("is no outflow through a timelock (the value never leaves); a payment in the same batch still is", () => {
    const events: DaoEvent[] = [
      {
        ...at(20, 0, T),
        eventName: "CallExecuted",
        args: { id: OP, index: 0n, target: T, value: 5n, data: "0x" },
      },
      {
        ...at(20, 1, T),
        eventName: "CallExecuted",
        args: { id: OP, index: 1n, target: R, value: 2n, data: "0x" },
      },
    ];
    const flows = treasuryFlows({
      events,
      parties: { treasury: T, governor: G, timelock: T },
      operations: new Map([[OP, 1n]]),
      categories: new Map([[1n, "funding"]]),
    });
    expect(flows.map((f) => [f.asset, f.direction, f.amount, f.counterparty])).toEqual([
      ["ETH", "out", 2n, R],
    ]);
  });

  it("is no outflow where the governor is the treasury (no timelock)", () => {
    const events: DaoEvent[] = [
      {
        ...at(5, 0, G),
        eventName: "ProposalCreated",
        args: {
          proposalId: 7n,
          proposer: R,
          targets: [G, R],
          values: [9n, 4n],
          signatures: ["", ""],
          calldatas: ["0x", "0x"],
          voteStart: 6n,
          voteEnd: 8n,
          description: "# Self\n\nPays itself and R.",
        },
      },
      { ...at(20, 0, G), eventName: "ProposalExecuted", args: { proposalId: 7n } },
    ];
    const flows = treasuryFlows({
      events,
      parties: { treasury: G, governor: G, timelock: null },
      operations: new Map(),
      categories: new Map([[7n, "funding"]]),
    });
    expect(flows.map((f) => [f.asset, f.direction, f.amount, f.counterparty])).toEqual([
      ["ETH", "out", 4n, R],
    ]);
  });
});

describe("a pending proposal's payments to the treasury itself", () => {
  it("are not pending outflows (ETH value or ERC-20 transfer to the treasury); other payments are", () => {
    const toSelf = encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [T, 10n] });
    const toR = encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [R, 3n] });
    const payments = paymentsOf(
      { targets: [T, USD, USD, R], values: [5n, 0n, 0n, 1n], calldatas: ["0x", toSelf, toR, "0x"] },
      T,
    );
    expect(payments).toEqual([
      { asset: USD.toLowerCase(), amount: 3n, to: R },
      { asset: "ETH", amount: 1n, to: R },
    ]);
  });
});
