import { applyTokenChange, emptyTokenState, type TokenChange } from "./token-replay";

/** One point of the token's history: its totals after the last change in `blockNumber`. */
export type TokenSeriesPoint = {
  blockNumber: number;
  timestamp?: number;
  totalSupply: bigint;
  /** Sum of all delegates' votes (the supply that can vote); the rest is idle. */
  delegatedSupply: bigint;
  /** Balance of the treasury (0 when there is none); circulating is the rest. */
  treasury: bigint;
  holders: number;
  /** Minted and burned in this block (both ≥ 0). */
  minted: bigint;
  burned: bigint;
};

const ZERO = "0x0000000000000000000000000000000000000000";

/** Supply, delegated supply, treasury balance and holders after each block that changed any of them, in one
 * pass; `treasury` is a lower-cased address or null. Blocks that changed none of them are left out. */
export function tokenSeries(changes: readonly TokenChange[], treasury: string | null): TokenSeriesPoint[] {
  const s = emptyTokenState();
  const out: TokenSeriesPoint[] = [];
  const t = treasury?.toLowerCase() ?? null;
  let minted = 0n;
  let burned = 0n;
  for (const [i, c] of changes.entries()) {
    applyTokenChange(s, c);
    if (c.kind === "transfer") {
      if (c.from.toLowerCase() === ZERO) minted += c.value;
      if (c.to.toLowerCase() === ZERO) burned += c.value;
    }
    if (changes[i + 1]?.at.blockNumber === c.at.blockNumber) continue;
    const point: TokenSeriesPoint = {
      blockNumber: c.at.blockNumber,
      totalSupply: s.totalSupply,
      delegatedSupply: s.delegatedSupply,
      treasury: t ? (s.balances.get(t) ?? 0n) : 0n,
      holders: s.balances.size,
      minted,
      burned,
    };
    if (c.at.timestamp !== undefined) point.timestamp = c.at.timestamp;
    const last = out[out.length - 1];
    const same =
      last &&
      minted === 0n &&
      burned === 0n &&
      last.totalSupply === point.totalSupply &&
      last.delegatedSupply === point.delegatedSupply &&
      last.treasury === point.treasury &&
      last.holders === point.holders;
    if (!same) out.push(point);
    minted = 0n;
    burned = 0n;
  }
  return out;
}

/** Voting power of a few delegates over time: one point per block where any of theirs changed. */
export type PowerPoint = { blockNumber: number; timestamp?: number; votes: bigint[] };

/** The voting power of `delegates` (in that order) after each block that changed one of them. */
export function powerSeries(changes: readonly TokenChange[], delegates: readonly string[]): PowerPoint[] {
  const index = new Map(delegates.map((d, i) => [d.toLowerCase(), i]));
  const votes = delegates.map(() => 0n);
  const out: PowerPoint[] = [];
  let dirty = false;
  for (const [i, c] of changes.entries()) {
    if (c.kind === "votes") {
      const k = index.get(c.delegate.toLowerCase());
      if (k !== undefined) {
        votes[k] = c.newVotes;
        dirty = true;
      }
    }
    if (!dirty || changes[i + 1]?.at.blockNumber === c.at.blockNumber) continue;
    const point: PowerPoint = { blockNumber: c.at.blockNumber, votes: [...votes] };
    if (c.at.timestamp !== undefined) point.timestamp = c.at.timestamp;
    out.push(point);
    dirty = false;
  }
  return out;
}
