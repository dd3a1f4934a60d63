import type { Address } from "viem";
import type { EventsKey } from "@/domain/proposals/events-key";
import type { PinnedKeyParams } from "./pinned-reads";

/** Every input of the proposal list read: the DAO's settings it decodes with, and the events it assembles. */
export type ListKeyParams = {
  chainId: number;
  governor: Address;
  syncedTo: number;
  events: EventsKey;
  timelock: Address | null;
  treasury: Address;
  token: { address: Address; symbol: string; decimals: number } | null;
  clock: "blocknumber" | "timestamp";
  blockSeconds: number;
  /** The inputs of the visit's pinned governor read, which the list shares. */
  pinned: PinnedKeyParams;
};

/** The DAO and block of a cached proposal-list key, checked field by field (persisted keys come from storage). */
export function listKeyDao(
  key: readonly unknown[],
): { chainId: number; governor: string; syncedTo: number } | null {
  if (key[0] !== "proposals" || key[1] !== "list") return null;
  const p: unknown = key[2];
  if (typeof p !== "object" || p === null) return null;
  const { chainId, governor, syncedTo } = p as Record<string, unknown>;
  return typeof chainId === "number" && typeof governor === "string" && typeof syncedTo === "number"
    ? { chainId, governor, syncedTo }
    : null;
}

/** A few past blocks of one DAO whose header times a proposal page needs. */
export type BlockTimesKeyParams = { chainId: number; governor: Address; blocks: number[] };

/** One account's standing on one proposal (ids as decimal strings: keys are hashed as JSON). */
export type VoterKeyParams = {
  chainId: number;
  governor: Address;
  proposalId: string;
  snapshot: string;
  account: Address | null;
  /** Where the power and the receipt are read: OpenZeppelin's governor, or Compound's token + getReceipt. */
  reader: "governor" | "alpha" | "bravo";
  token: Address | null;
};

/** A signed ballot, every signed field as JSON. */
export type BallotKeyParams = { chainId: number; governor: Address; ballot: string | null };

/** A Compound Timelock's constants (GRACE_PERIOD), read at one block. */
export type TimelockKeyParams = { chainId: number; governor: Address; timelock: Address };

/** Whether one account's cancel(id) would revert now (Compound-style governors). */
export type CancelCheckKeyParams = {
  chainId: number;
  governor: Address;
  proposalId: string;
  account: Address | null;
};

/** The proposals area's one key factory: `[area, kind, { chainId, governor, ...every input }]`. */
export const proposalKeys = {
  /** null until the sync is done (the query is then skipped). */
  list: (p: ListKeyParams | null) => ["proposals", "list", p] as const,
  /** Prefix of every list read of one DAO, whatever block or events (partial match). */
  listsOfDao: (chainId: number, governor: Address) => ["proposals", "list", { chainId, governor }] as const,
  blockTimes: (p: BlockTimesKeyParams) => ["proposals", "block-times", p] as const,
  voter: (p: VoterKeyParams) => ["proposals", "voter", p] as const,
  ballot: (p: BallotKeyParams) => ["proposals", "ballot", p] as const,
  timelock: (p: TimelockKeyParams) => ["proposals", "timelock", p] as const,
  cancelCheck: (p: CancelCheckKeyParams) => ["proposals", "cancel-check", p] as const,
  /** Prefixes of every proposals key of one DAO (TanStack matches objects partially), for invalidation. */
  ofDao: (chainId: number, governor: Address) =>
    (["list", "pinned", "voter", "ballot", "cancel-check"] as const).map(
      (kind) => ["proposals", kind, { chainId, governor }] as const,
    ),
};
