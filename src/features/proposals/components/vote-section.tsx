import { useEffect } from "react";
import type { Address } from "viem";
import type { GovernorKindInfo } from "@/domain/dao/governor-kind";
import type { CountingMode } from "@/domain/dao/quorum";
import type { Proposal } from "@/domain/proposals/proposal";
import { isOpenState } from "@/domain/proposals/state";
import { SUPPORT_BY_VALUE, type Vote } from "@/domain/votes/vote";
import { voteOptionsFor } from "@/domain/votes/vote-options";
import { describeError } from "@/lib/errors";
import { useSignBallot } from "../api/ballots";
import { useConnectedAccount } from "../api/connected-account";
import { useReasonDraft } from "../api/reason-draft";
import { useCastVote } from "../api/use-cast-vote";
import { useVoterStatus } from "../api/voter-status";
import { BallotShare } from "./ballot-share";
import { ProposalOutcome } from "./proposal-outcome";
import { VotePanel } from "./vote-panel";

type Props = {
  chainId: number;
  chainName: string;
  governor: Address;
  proposal: Proposal;
  token: { decimals: number; symbol: string };
  /** The governor's family: which vote call, choices, reason and signed ballot it has. */
  kind: GovernorKindInfo;
  /** The voting token, whose `getPriorVotes` Compound's governors count. */
  tokenAddress: Address | null;
  mode: CountingMode | null;
  /** The proposal's logged votes, to show the account's own. */
  votes: readonly Vote[];
};

/** The vote form wired to the wallet while voting is open; the outcome and the account's own vote after. */
export function VoteSection({
  chainId,
  chainName,
  governor,
  proposal,
  token,
  kind,
  tokenAddress,
  mode,
  votes,
}: Props) {
  const options = voteOptionsFor(kind);
  const account = useConnectedAccount();
  const who = account.address?.toLowerCase();
  const ownVote = who ? votes.find((v) => v.voter.toLowerCase() === who) : undefined;
  const status = useVoterStatus({
    chainId,
    governor,
    proposalId: proposal.id,
    snapshot: proposal.voteStart,
    account: account.address,
    reader: options.powerFrom,
    token: tokenAddress,
  });
  const { status: write, vote } = useCastVote(chainId, governor, proposal.id, options.encoding);
  const sign = useSignBallot(chainId, governor);
  const pageUrl = `${window.location.origin}${window.location.pathname}#/${chainId}/${governor}/proposals/${proposal.id}`;
  const [reason, setReason, clearReason] = useReasonDraft(`${chainId}:${governor}:${proposal.id}`);
  const confirmed = write?.step.kind === "confirmed";
  useEffect(() => {
    if (confirmed) clearReason();
  }, [confirmed, clearReason]);
  if (!isOpenState(proposal.state) && write === null) {
    return (
      <ProposalOutcome
        proposal={proposal}
        mode={mode}
        token={token}
        ownVote={ownVote}
        connected={account.address !== undefined}
      />
    );
  }
  return (
    <>
      <VotePanel
        // A new account or proposal starts from a clean form: no choice carried over from someone else.
        key={`${account.address ?? "none"}:${proposal.id}`}
        context={{
          connected: account.address !== undefined,
          onRightChain: account.chainId === chainId,
          state: proposal.state,
          power: status.data?.power ?? null,
          hasVoted: status.data?.hasVoted ?? null,
          powerError: status.error ? describeError(status.error).title : null,
          chainName,
        }}
        token={token}
        options={options}
        reason={reason}
        onReasonChange={setReason}
        status={write}
        ownVote={ownVote}
        onVote={(support, text) => void vote(support, text)}
        onSign={
          options.signBallot
            ? (support) =>
                sign.mutate({ proposalId: proposal.id, support: SUPPORT_BY_VALUE.indexOf(support) })
            : undefined
        }
      />
      {sign.error && (
        <p className="status-bad" role="alert">
          Ballot not signed: {describeError(sign.error).title}
        </p>
      )}
      {sign.data && sign.data.proposalId === proposal.id && (
        <BallotShare ballot={sign.data} pageUrl={pageUrl} />
      )}
    </>
  );
}
