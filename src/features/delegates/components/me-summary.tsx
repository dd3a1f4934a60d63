import type { SignedDelegation } from "@/contracts/delegation-eip712";
import type { TokenChange } from "@/domain/analytics/token-replay";
import type { ClockMode } from "@/domain/dao/clock";
import { type PowerPoint, votesAtClock } from "@/domain/delegation/power-history";
import { type CastVote, castVoteLabel, type ProposalRef } from "@/domain/delegation/votes";
import { amount, type TokenUnits } from "./token-units";

type Props = {
  account: string;
  balance: bigint | null;
  votesNow: bigint | null;
  /** Why balance and votes could not be read (shown instead of them), or null. */
  readError?: string | null;
  history: readonly Extract<TokenChange, { kind: "delegate" }>[];
  points: readonly PowerPoint[] | undefined;
  open: readonly ProposalRef[];
  mine: ReadonlyMap<bigint, CastVote> | undefined;
  clock: ClockMode;
  signed: readonly SignedDelegation[];
  units: TokenUnits;
  nameOf: (a: string) => string | undefined;
  proposalHref: (id: bigint) => string;
  titleOf: (id: bigint) => string;
};

/** An account's delegation history, power now and at each open proposal's snapshot, what it can still vote
 * on, its votes with reasons and the delegations it signed in this browser. */
export function MeSummary(p: Props) {
  const label = (a: string) => (a.toLowerCase() === p.account ? "itself" : (p.nameOf(a) ?? a));
  const votes = [...(p.mine?.values() ?? [])].reverse();
  const figure = (v: bigint | null) =>
    v !== null ? amount(v, p.units) : p.readError ? "not read" : <span aria-busy="true">…</span>;
  return (
    <>
      <section className="panel delegation-summary" aria-label="Power">
        <dl className="summary-figures">
          <div>
            <dt>Balance</dt>
            <dd data-testid="me-balance">{figure(p.balance)}</dd>
          </div>
          <div>
            <dt>Voting power now</dt>
            <dd data-testid="me-votes">{figure(p.votesNow)}</dd>
          </div>
        </dl>
        {p.readError && (
          <p className="muted" role="alert">
            The token did not answer for this account's balance and votes: {p.readError}
          </p>
        )}
        <h2>Delegation history</h2>
        {p.history.length === 0 ? (
          <p className="muted">This account never chose a delegate: its tokens do not vote.</p>
        ) : (
          <ol data-testid="me-history">
            {p.history.map((h) => (
              <li key={`${h.at.blockNumber}-${h.at.logIndex}`}>
                Block {h.at.blockNumber.toLocaleString("en-US")}: delegated to {label(h.toDelegate)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-label="Open proposals">
        <h2>Open proposals ({p.open.length})</h2>
        {p.open.length === 0 ? (
          <p className="muted">No proposal is open for voting.</p>
        ) : (
          <ul>
            {p.open.map((o) => {
              const power = votesAtClock(p.points, p.clock, o.snapshot);
              const voted = p.mine?.has(o.id);
              return (
                <li key={o.id.toString()}>
                  <a href={p.proposalHref(o.id)}>{o.title}</a>: power at snapshot {amount(power, p.units)};{" "}
                  {voted ? (
                    "voted"
                  ) : power > 0n ? (
                    <strong>needs your vote</strong>
                  ) : (
                    "no power at its snapshot"
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="panel" aria-label="Votes">
        <h2>Votes ({votes.length})</h2>
        <ul>
          {votes.map((v) => (
            <li key={v.transactionHash + v.proposalId}>
              <a href={p.proposalHref(v.proposalId)}>{p.titleOf(v.proposalId)}</a>: {castVoteLabel(v)}
              {v.reason ? ` — “${v.reason}”` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-label="Signed here">
        <h2>Delegations signed in this browser ({p.signed.length})</h2>
        <ul>
          {p.signed.map((s) => (
            <li key={s.signature}>
              {p.nameOf(s.delegator) ?? s.delegator} → {p.nameOf(s.delegatee) ?? s.delegatee} (nonce{" "}
              {s.nonce.toString()}, expires {new Date(Number(s.expiry) * 1000).toLocaleDateString()})
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
