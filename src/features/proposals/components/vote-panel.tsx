import { useState } from "react";
import { type VoteContext, voteBlocker } from "@/domain/votes/eligibility";
import { SUPPORT_LABELS, type Support, type Vote } from "@/domain/votes/vote";
import type { VoteOptions } from "@/domain/votes/vote-options";
import { formatAmount } from "@/lib/format";
import { isBusy } from "@/lib/write-step";
import type { ScopedStep } from "../api/write-scope";
import { WriteStatus } from "./write-status";
import "./vote-panel.css";

type Props = {
  context: VoteContext;
  /** What this governor's vote takes: its choices, a reason or not, and what it lacks in plain words. */
  options: Pick<VoteOptions, "choices" | "reasons" | "notes">;
  token: { decimals: number; symbol: string };
  reason: string;
  onReasonChange: (v: string) => void;
  /** The last vote this account sent on this proposal. */
  status: ScopedStep | null;
  /** This account's logged vote on this proposal, when the synced logs have it. */
  ownVote?: Vote | undefined;
  onVote: (support: Support, reason: string) => void;
  /** Sign an EIP-712 ballot for someone else to submit (no gas, no reason on chain). */
  onSign?: (support: Support) => void;
};

/** "For, Against or Abstain" / "For or Against". */
const choiceList = (choices: readonly Support[]) => {
  const names = choices.map((c) => SUPPORT_LABELS[c]);
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
};

/** The governor's choices (For / Against, and Abstain where it exists) with a reason where it takes one; the
 * button says why it is disabled. */
export function VotePanel({
  context,
  options,
  token,
  reason,
  onReasonChange,
  status,
  ownVote,
  onVote,
  onSign,
}: Props) {
  const [support, setSupport] = useState<Support | null>(null);
  const blocker = voteBlocker(context);
  const busy = status !== null && isBusy(status.step);
  const disabled = blocker !== null || support === null || busy;
  return (
    <section className="panel vote-panel" aria-labelledby="vote-heading">
      <h2 id="vote-heading">Your vote</h2>
      {context.connected && context.power !== null && (
        <p>
          Voting power at snapshot:{" "}
          <strong>
            {formatAmount(context.power, token.decimals)} {token.symbol}
          </strong>
        </p>
      )}
      {context.hasVoted ? (
        <p className="status-ok">
          {ownVote
            ? `You voted ${SUPPORT_LABELS[ownVote.support]} with ${formatAmount(ownVote.weight, token.decimals)} ${token.symbol}.`
            : "You voted on this proposal."}
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (support && !disabled) onVote(support, options.reasons ? reason : "");
          }}
        >
          <fieldset disabled={blocker !== null || busy}>
            <legend>Choice</legend>
            {options.choices.map((c) => (
              <label key={c} className={`vote-choice vote-${c}`}>
                <input
                  type="radio"
                  name="support"
                  value={c}
                  checked={support === c}
                  onChange={() => setSupport(c)}
                />
                {SUPPORT_LABELS[c]}
              </label>
            ))}
            {options.reasons && (
              <label className="field">
                Reason (optional, public and permanent)
                <textarea
                  value={reason}
                  maxLength={2000}
                  rows={3}
                  onChange={(e) => onReasonChange(e.target.value)}
                />
              </label>
            )}
          </fieldset>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={disabled}
            aria-describedby="vote-blocker"
          >
            {support ? `Vote ${SUPPORT_LABELS[support]}` : "Vote"}
          </button>
          {onSign && (
            <button
              type="button"
              className="btn"
              disabled={disabled}
              onClick={() => support && onSign(support)}
              title="Sign a ballot that anyone can submit for you; the reason is not included"
            >
              Sign ballot instead
            </button>
          )}
          <p id="vote-blocker" className="muted">
            {blocker ?? (support === null ? `Choose ${choiceList(options.choices)}.` : "")}
          </p>
        </form>
      )}
      {options.notes.length > 0 && (
        <ul className="muted vote-notes" aria-label="What this governor's vote cannot do">
          {options.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <WriteStatus status={status} />
    </section>
  );
}
