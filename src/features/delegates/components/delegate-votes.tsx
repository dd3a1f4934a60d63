import { type CastVote, castVoteLabel, type ProposalRef } from "@/domain/delegation/votes";
import { amount, type TokenUnits } from "./token-units";

type Props = {
  votes: readonly CastVote[];
  created: readonly ProposalRef[];
  titleOf: (id: bigint) => string;
  proposalHref: (id: bigint) => string;
  units: TokenUnits;
};

/** Every vote this delegate cast (support, weight, reason) and the proposals it created, each linked. */
export function DelegateVotes({ votes, created, titleOf, proposalHref, units }: Props) {
  return (
    <>
      <section className="panel" aria-label="Votes">
        <h2>Votes ({votes.length})</h2>
        {votes.length === 0 ? (
          <p className="muted">No votes cast.</p>
        ) : (
          <div className="table-scroll">
            <table className="delegate-table">
              <thead>
                <tr>
                  <th scope="col">Proposal</th>
                  <th scope="col">Support</th>
                  <th scope="col" className="num">
                    Weight
                  </th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {[...votes].reverse().map((v) => (
                  <tr key={`${v.proposalId}-${v.transactionHash}`}>
                    <td>
                      <a href={proposalHref(v.proposalId)}>{titleOf(v.proposalId)}</a>
                    </td>
                    <td>{castVoteLabel(v)}</td>
                    <td className="num">{amount(v.weight, units)}</td>
                    {/* Reasons are hostile text: rendered as plain text, never as HTML. */}
                    <td>{v.reason || <span className="muted">no reason given</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-label="Proposals created">
        <h2>Proposals created ({created.length})</h2>
        {created.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {created.map((p) => (
              <li key={p.id.toString()}>
                <a href={proposalHref(p.id)}>{p.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
