import { ratio } from "@/domain/analytics/concentration";
import type { Leaderboard } from "@/domain/delegation/leaderboard";
import type { Reconciliation } from "@/domain/delegation/reconcile";
import { countOf } from "@/lib/plural";
import { amount, percent, type TokenUnits } from "./token-units";

type Props = {
  board: Leaderboard;
  units: TokenUnits;
  reconciliation: Reconciliation | null;
  checking: boolean;
  /** Shown when the reconciliation's reads failed. */
  checkError: string | null;
};

/** Delegated vs never-delegated supply, the Nakamoto-style counts and the reconciliation line. */
export function DelegationSummary({ board, units, reconciliation, checking, checkError }: Props) {
  const { totalSupply, delegatedSupply, idleSupply } = board;
  const other = totalSupply - delegatedSupply - idleSupply;
  return (
    <section className="delegation-summary panel" aria-label="Delegated supply">
      <dl className="summary-figures">
        <div>
          <dt>Delegated supply</dt>
          <dd data-testid="delegated-supply">
            {amount(delegatedSupply, units)}{" "}
            <span className="muted">({percent(delegatedSupply, totalSupply)})</span>
          </dd>
        </div>
        <div>
          <dt>Never delegated</dt>
          <dd data-testid="idle-supply">
            {amount(idleSupply, units)} <span className="muted">({percent(idleSupply, totalSupply)})</span>
          </dd>
        </div>
        <div>
          <dt>Delegates to reach quorum</dt>
          <dd>{board.forQuorum ?? "not reachable"}</dd>
        </div>
        <div>
          <dt>Delegates for &gt;50% of delegated power</dt>
          <dd>{board.forMajority ?? "–"}</dd>
        </div>
      </dl>
      <div
        className="supply-bar"
        role="img"
        aria-label={`${percent(delegatedSupply, totalSupply)} of the supply is delegated`}
      >
        <span className="supply-bar-delegated" style={{ flexGrow: ratio(delegatedSupply, totalSupply) }} />
        <span className="supply-bar-idle" style={{ flexGrow: ratio(idleSupply + other, totalSupply) }} />
      </div>
      <p className="muted">
        Total supply {amount(totalSupply, units)}, replayed from Transfer, DelegateChanged and
        DelegateVotesChanged logs through block {board.blockNumber.toLocaleString("en-US")}.
      </p>
      <ReconciliationLine r={reconciliation} checking={checking} error={checkError} />
    </section>
  );
}

function ReconciliationLine({
  r,
  checking,
  error,
}: {
  r: Reconciliation | null;
  checking: boolean;
  error: string | null;
}) {
  if (error) return <p className="recon recon-warn">Could not check against the chain: {error}</p>;
  if (!r)
    return <p className="recon muted">{checking ? "Checking against the chain…" : "Not checked yet."}</p>;
  if (r.ok)
    return (
      <p className="recon recon-ok" data-testid="reconciliation">
        ✓ Verified at block {r.blockNumber.toLocaleString("en-US")}: the delegates' votes add up to the
        delegated supply, {r.supplyMatches === null ? "" : "the replayed supply equals totalSupply, "}
        and the top {r.checkedDelegates} delegates' power equals {r.votesFrom} (one multicall).
        {r.supplyMatches === null &&
          " The supply is not checked: the token has no totalSupply() (ERC721Votes counts it in checkpoints)."}
      </p>
    );
  const what = [
    !r.delegatedMatches && "the delegates' votes do not add up to the delegated supply",
    r.supplyMatches === false && "the replayed supply differs from totalSupply",
    r.mismatches.length > 0 &&
      `${countOf(r.mismatches.length, "delegate differs", "delegates differ")} from ${r.votesFrom}`,
    r.checkedDelegates === 0 && "no delegate could be read",
  ].filter(Boolean);
  return (
    <p className="recon recon-warn" data-testid="reconciliation">
      ⚠ Not verified at block {r.blockNumber.toLocaleString("en-US")}: {what.join("; ")}. The figures may be
      incomplete (the sync may have missed logs).
    </p>
  );
}
