import { type Address, encodeFunctionData, erc20Abi, type Hex, keccak256, toHex } from "viem";
import type { DaoEvent } from "@/domain/events/decode";
import { timelockOperationId } from "./operations";

/** A small hand-made history for the treasury unit tests (governor A(1), timelock A(3), token A(9)). */
export const A = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as Address;
export const TX = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
export const [G, T, USD, R, D] = [A(1), A(3), A(9), A(5), A(6)];
/** 2026-01-15, 2026-01-20, 2026-03-20 (UTC noon). */
export const [JAN15, JAN20, MAR20] = [1768478400, 1768910400, 1774008000];

const base = (blockNumber: number, logIndex: number, address: Address, tx: Hex, blockTimestamp?: number) => ({
  blockNumber,
  logIndex,
  address,
  transactionHash: tx,
  finalized: true,
  ...(blockTimestamp === undefined ? {} : { blockTimestamp }),
});

export const payR300 = encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [R, 300n] });
const description = "# Grant\n\nPay R.";
export const grantOp = timelockOperationId(G, {
  targets: [USD],
  values: [0n],
  calldatas: [payR300],
  descriptionHash: keccak256(toHex(description)),
});
export const OUTSIDE_OP = `0x${"ee".repeat(32)}` as Hex;

/** In at 10 (1000), a grant of 300 paid at 20 through the timelock, 2 ETH out by an outside op at 25, a
 * transferFrom-like move of 50 at 30 that nothing executed. */
export const history: DaoEvent[] = [
  {
    ...base(5, 0, G, TX(5)),
    eventName: "ProposalCreated",
    args: {
      proposalId: 1n,
      proposer: D,
      targets: [USD],
      values: [0n],
      signatures: [""],
      calldatas: [payR300],
      voteStart: 6n,
      voteEnd: 8n,
      description,
    },
  },
  { ...base(10, 0, USD, TX(10), JAN15), eventName: "Transfer", args: { from: D, to: T, value: 1000n } },
  {
    ...base(20, 0, T, TX(20), JAN20),
    eventName: "CallExecuted",
    args: { id: grantOp, index: 0n, target: USD, value: 0n, data: payR300 },
  },
  { ...base(20, 1, USD, TX(20), JAN20), eventName: "Transfer", args: { from: T, to: R, value: 300n } },
  { ...base(20, 2, G, TX(20), JAN20), eventName: "ProposalExecuted", args: { proposalId: 1n } },
  {
    ...base(24, 0, T, TX(24)),
    eventName: "CallScheduled",
    args: {
      id: OUTSIDE_OP,
      index: 0n,
      target: R,
      value: 2n,
      data: "0x",
      predecessor: `0x${"00".repeat(32)}`,
      delay: 0n,
    },
  },
  {
    ...base(25, 0, T, TX(25)),
    eventName: "CallExecuted",
    args: { id: OUTSIDE_OP, index: 0n, target: R, value: 2n, data: "0x" },
  },
  { ...base(30, 0, USD, TX(30), MAR20), eventName: "Transfer", args: { from: T, to: R, value: 50n } },
];
