import type { CountingMode } from "@/domain/dao/quorum";
import type { Proposal } from "@/domain/proposals/proposal";
import { outcomeSentence } from "@/domain/proposals/wording";
import { SUPPORT_LABELS, type Vote } from "@/domain/votes/vote";
import { formatAmount } from "@/lib/format";

type Props = {
  proposal: Proposal;
  mode: CountingMode | null;
  token: { decimals: number; symbol: string };
  /** The connected account's logged vote; undefined when it did not vote (or no wallet is connected). */
  ownVote: Vote | undefined;
  connected: boolean;
};

/** A closed proposal's outcome and the connected account's own vote, in place of a form nobody can use. */
export function ProposalOutcome({ proposal, mode, token, ownVote, connected }: Props) {
  return (
    <section className="panel outcome" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Outcome</h2>
      <p>
        <strong>{outcomeSentence(proposal, mode)}</strong>
      </p>
      {connected && (
        <p className={ownVote ? "status-ok" : "muted"}>
          {ownVote
            ? `You voted ${SUPPORT_LABELS[ownVote.support]} with ${formatAmount(ownVote.weight, token.decimals)} ${token.symbol}${ownVote.reason ? `: "${ownVote.reason}"` : "."}`
            : "This account did not vote on this proposal."}
        </p>
      )}
    </section>
  );
}
