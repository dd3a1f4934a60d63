import type { Leaderboard } from "./leaderboard";

/** What the chain answered at the pinned block, to check the replay against. */
export type ChainCheck = {
  blockNumber: number;
  /** null when the token has no `totalSupply()` (ERC721Votes): the supply is then not checked. */
  totalSupply: bigint | null;
  /** `getVotes` (or `getPastVotes` for an earlier block) of the top delegates, lower-cased. */
  votes: ReadonlyMap<string, bigint>;
  /** The function the votes came from (`getVotes`, or Compound's `getCurrentVotes` / `getPriorVotes`). */
  votesFrom?: string;
};

/** One check's outcome, in words the page shows as they are. */
export type Reconciliation = {
  ok: boolean;
  blockNumber: number;
  /** Σ delegates' votes (DelegateVotesChanged) = supply held by delegating holders (Transfer + DelegateChanged). */
  delegatedMatches: boolean;
  /** null: not checked (the token has no totalSupply()). */
  supplyMatches: boolean | null;
  votesFrom: string;
  checkedDelegates: number;
  mismatches: { address: string; replayed: bigint; onChain: bigint }[];
};

/** Compares the replayed leaderboard with the chain's answers; every figure is checked, none assumed. */
export function reconcile(board: Leaderboard, chain: ChainCheck): Reconciliation {
  const byAddress = new Map(board.rows.map((r) => [r.address, r.votes]));
  const mismatches: Reconciliation["mismatches"] = [];
  for (const [address, onChain] of chain.votes) {
    const replayed = byAddress.get(address) ?? 0n;
    if (replayed !== onChain) mismatches.push({ address, replayed, onChain });
  }
  const sum = board.rows.reduce((a, r) => a + r.votes, 0n);
  const delegatedMatches = sum === board.delegatedSupply && board.totalSupply - board.idleSupply === sum;
  const supplyMatches = chain.totalSupply === null ? null : board.totalSupply === chain.totalSupply;
  return {
    ok: delegatedMatches && supplyMatches !== false && mismatches.length === 0 && chain.votes.size > 0,
    blockNumber: chain.blockNumber,
    delegatedMatches,
    supplyMatches,
    votesFrom: chain.votesFrom ?? "getVotes",
    checkedDelegates: chain.votes.size,
    mismatches,
  };
}
