import type { Address } from "viem";
import type { DaoEvent } from "@/domain/events/decode";

const ZERO = "0x0000000000000000000000000000000000000000";

/** One change to a votes token, in chain order: a transfer (mint from zero, burn to zero), a holder's choice
 * of delegate, or a delegate's new voting power. `value` is 1 for an NFT (ERC721Votes: one vote per token). */
export type TokenChange =
  | { kind: "transfer"; from: Address; to: Address; value: bigint; at: ChangePoint }
  | { kind: "delegate"; delegator: Address; toDelegate: Address; at: ChangePoint }
  | { kind: "votes"; delegate: Address; previousVotes: bigint; newVotes: bigint; at: ChangePoint };

/** Where a change happened. */
export type ChangePoint = { blockNumber: number; logIndex: number; timestamp?: number };

/** A token's state after replaying its changes: balances, each holder's delegate, each delegate's votes
 * (lower-cased addresses; zero entries removed), total supply (mints − burns) and delegated supply. */
export type TokenState = {
  balances: Map<string, bigint>;
  delegateOf: Map<string, string>;
  votes: Map<string, bigint>;
  totalSupply: bigint;
  /** Sum of all delegates' votes: the part of the supply that can vote. */
  delegatedSupply: bigint;
  /** Last block replayed (or -1 for none). */
  blockNumber: number;
};

/** The token's changes from a DAO's decoded events (only logs emitted by `token`). */
export function tokenChanges(events: readonly DaoEvent[], token: Address): TokenChange[] {
  const t = token.toLowerCase();
  const out: TokenChange[] = [];
  for (const e of events) {
    if (e.address.toLowerCase() !== t) continue;
    const at: ChangePoint = { blockNumber: e.blockNumber, logIndex: e.logIndex };
    if (e.blockTimestamp !== undefined) at.timestamp = e.blockTimestamp;
    if (e.eventName === "Transfer")
      out.push({ kind: "transfer", from: e.args.from, to: e.args.to, value: e.args.value, at });
    else if (e.eventName === "DelegateChanged")
      out.push({ kind: "delegate", delegator: e.args.delegator, toDelegate: e.args.toDelegate, at });
    else if (e.eventName === "DelegateVotesChanged")
      out.push({
        kind: "votes",
        delegate: e.args.delegate,
        previousVotes: e.args.previousVotes,
        newVotes: e.args.newVotes,
        at,
      });
  }
  return out;
}

/** An empty token state. */
export const emptyTokenState = (): TokenState => ({
  balances: new Map(),
  delegateOf: new Map(),
  votes: new Map(),
  totalSupply: 0n,
  delegatedSupply: 0n,
  blockNumber: -1,
});

const add = (m: Map<string, bigint>, k: string, d: bigint) => {
  const v = (m.get(k) ?? 0n) + d;
  if (v === 0n) m.delete(k);
  else m.set(k, v);
};

/** Applies one change to a state in place (the replay's step; callers that keep series copy what they need). */
export function applyTokenChange(s: TokenState, c: TokenChange): void {
  s.blockNumber = c.at.blockNumber;
  if (c.kind === "transfer") {
    const from = c.from.toLowerCase();
    const to = c.to.toLowerCase();
    if (from === ZERO) s.totalSupply += c.value;
    else add(s.balances, from, -c.value);
    if (to === ZERO) s.totalSupply -= c.value;
    else add(s.balances, to, c.value);
  } else if (c.kind === "delegate") {
    const to = c.toDelegate.toLowerCase();
    if (to === ZERO) s.delegateOf.delete(c.delegator.toLowerCase());
    else s.delegateOf.set(c.delegator.toLowerCase(), to);
  } else {
    const d = c.delegate.toLowerCase();
    s.delegatedSupply += c.newVotes - (s.votes.get(d) ?? 0n);
    if (c.newVotes === 0n) s.votes.delete(d);
    else s.votes.set(d, c.newVotes);
  }
}

/** The token's state after every change up to and including `atBlock` (all when null). */
export function tokenStateAt(changes: readonly TokenChange[], atBlock: number | null = null): TokenState {
  const s = emptyTokenState();
  for (const c of changes) {
    if (atBlock !== null && c.at.blockNumber > atBlock) break;
    applyTokenChange(s, c);
  }
  return s;
}

/** One point of the supply series: the state's totals after the last change in `blockNumber`. */
export type SupplyPoint = {
  blockNumber: number;
  timestamp?: number;
  totalSupply: bigint;
  delegatedSupply: bigint;
  holders: number;
  /** Net minted (positive) or burned (negative) in this block. */
  minted: bigint;
};

/** Total, delegated supply and holders count after each block that changed any of them (one pass). */
export function supplySeries(changes: readonly TokenChange[]): SupplyPoint[] {
  const s = emptyTokenState();
  const out: SupplyPoint[] = [];
  let minted = 0n;
  for (const [i, c] of changes.entries()) {
    const before = s.totalSupply;
    applyTokenChange(s, c);
    minted += s.totalSupply - before;
    const next = changes[i + 1];
    if (next && next.at.blockNumber === c.at.blockNumber) continue;
    const point: SupplyPoint = {
      blockNumber: c.at.blockNumber,
      totalSupply: s.totalSupply,
      delegatedSupply: s.delegatedSupply,
      holders: s.balances.size,
      minted,
    };
    if (c.at.timestamp !== undefined) point.timestamp = c.at.timestamp;
    const last = out[out.length - 1];
    const same =
      last &&
      last.totalSupply === point.totalSupply &&
      last.delegatedSupply === point.delegatedSupply &&
      last.holders === point.holders;
    if (!same) out.push(point);
    minted = 0n;
  }
  return out;
}
