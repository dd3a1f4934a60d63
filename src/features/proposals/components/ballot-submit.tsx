import type { Address } from "viem";
import { AddressName } from "@/components/address";
import { supportWithArticle } from "@/domain/proposals/wording";
import type { SignedBallot } from "@/domain/votes/ballot";
import { type BallotGovernorKind, ballotRefusalFor } from "@/domain/votes/ballot-acceptance";
import { SUPPORT_BY_VALUE, SUPPORT_LABELS } from "@/domain/votes/vote";
import { describeError } from "@/lib/errors";
import { isBusy } from "@/lib/write-step";
import { useBallotCheck, useSubmitBallot } from "../api/ballots";
import { useConnectedAccount } from "../api/connected-account";
import { WriteStatus } from "./write-status";

type Props = {
  chainId: number;
  governor: Address;
  /** The governor's kind: a Plenum ballot link fits only a governor that checks OpenZeppelin 5's Ballot. */
  kind: BallotGovernorKind;
  /** The ballot from the link, or why it could not be read. */
  ballot: SignedBallot | { error: string };
};

/** A ballot opened from a link: who signed what, every reason it would fail, and a submit button when it would not. */
export function BallotSubmit({ chainId, governor, kind, ballot }: Props) {
  const parsed = "error" in ballot ? null : ballot;
  const refusal = ballotRefusalFor(kind);
  // A governor that checks another Ballot would revert any submit: nothing to read, nothing to offer.
  const check = useBallotCheck(chainId, governor, refusal === null ? parsed : null);
  const submit = useSubmitBallot(chainId, governor, parsed?.proposalId ?? null);
  const account = useConnectedAccount();
  if (!parsed) {
    return (
      <section className="panel panel-error" role="alert" aria-labelledby="ballot-heading">
        <h2 id="ballot-heading">Signed ballot</h2>
        <p>{"error" in ballot ? ballot.error : ""}</p>
      </section>
    );
  }
  const choice = SUPPORT_BY_VALUE[parsed.support];
  const problems = refusal === null ? (check.data ?? []) : [refusal];
  const done = submit.status?.step.kind === "confirmed";
  return (
    <section className={problems.length > 0 ? "panel panel-error" : "panel"} aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">Signed ballot</h2>
      <p>
        <AddressName address={parsed.voter} chainId={chainId} /> signed{" "}
        {choice ? (
          <>
            {supportWithArticle(choice).split(" ")[0]} <strong>{SUPPORT_LABELS[choice]}</strong>
          </>
        ) : (
          "a ballot with an unknown choice"
        )}{" "}
        ballot.
      </p>
      {refusal === null && check.isPending && <p aria-busy="true">Checking the ballot against the chain…</p>}
      {check.error && <p role="alert">Could not check the ballot: {describeError(check.error).title}</p>}
      {!done && problems.length > 0 && (
        // The alert is a wrapper: role="alert" on the <ul> itself would take away its list semantics.
        <div role="alert">
          <ul aria-label="Why this ballot cannot be submitted">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {check.data && problems.length === 0 && !done && (
        <>
          <p className="status-ok">The signature is valid and the ballot can be counted now.</p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={(submit.status !== null && isBusy(submit.status.step)) || account.address === undefined}
            onClick={() => void submit.submit(parsed)}
          >
            Submit ballot
          </button>
          {account.address === undefined && (
            <p className="muted">Connect a wallet to submit it (you pay the gas).</p>
          )}
        </>
      )}
      <WriteStatus status={submit.status} />
    </section>
  );
}
