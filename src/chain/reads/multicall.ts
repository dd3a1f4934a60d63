import type { PublicClient } from "viem";

/** A multicall result with allowFailure. */
export type Settled<T> = { status: "success"; result: T } | { status: "failure"; error: Error };

/** The result, or null when that call reverted (the contract lacks the function). */
export const settledOrNull = <T>(r: Settled<T>): T | null => (r.status === "success" ? r.result : null);

/** Multicall pinned to one block; Multicall3 is absent on fresh devnets, so go deployless there. */
export const pinnedMulticall = (client: PublicClient, blockNumber: bigint) => ({
  allowFailure: true as const,
  blockNumber,
  deployless: !client.chain?.contracts?.multicall3,
});
