import type { Hash } from "viem";

/** Where one write is: the one write path reports these, and every write's status line shows them. */
export type WriteStep =
  | { kind: "idle" }
  | { kind: "switching-chain"; chainId: number; chainName?: string }
  | { kind: "simulating" }
  | { kind: "confirm-in-wallet" }
  | { kind: "pending"; hash: Hash }
  | { kind: "confirmed"; hash: Hash; blockNumber: bigint }
  | { kind: "failed"; error: unknown };

/** Whether the write is under way (buttons stay disabled meanwhile). */
export function isBusy(step: WriteStep): boolean {
  return step.kind !== "idle" && step.kind !== "confirmed" && step.kind !== "failed";
}
