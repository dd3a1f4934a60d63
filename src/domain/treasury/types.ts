import type { Address, Hex } from "viem";

/** An asset the treasury holds: native ETH, or an ERC-20 by address. */
export type AssetId = "ETH" | Address;

/** How a token shows its amounts; `decimals` null means the token has no `decimals()` (whole units). */
export type AssetMeta = {
  id: AssetId;
  symbol: string;
  decimals: number;
  /** What was odd about the token's metadata, for a visible label (null when nothing was). */
  oddity: string | null;
};

/** What paid or received a flow: a proposal of this governor, a timelock operation outside the vote, or
 * nothing found (a transferFrom by an approved spender, a plain deposit). */
export type FlowLink =
  | { kind: "proposal"; proposalId: bigint }
  | { kind: "outside"; operationId: Hex }
  | { kind: "none" };

/** One movement of an asset into or out of the treasury, from one log. */
export type Flow = {
  /** `${block}:${logIndex}`, unique per log (ETH moves of one call use the CallExecuted log). */
  id: string;
  asset: AssetId;
  direction: "in" | "out";
  amount: bigint;
  counterparty: Address;
  block: number;
  logIndex: number;
  tx: Hex;
  /** Seconds; null when no time is known for the block yet. */
  timestamp: number | null;
  link: FlowLink;
  category: "funding" | "other";
  /** What the figure comes from, in words ("Transfer log", "CallExecuted value"). */
  source: string;
};

/** A timelock operation that no proposal of this governor accounts for. */
export type OutsideOperation = {
  id: Hex;
  calls: { index: bigint; target: Address; value: bigint; data: Hex }[];
  scheduledBlock: number;
  scheduledTx: Hex;
  executedBlock: number | null;
  cancelled: boolean;
};
