import { useEffect } from "react";
import type { Address } from "viem";
import type { Proposal } from "@/domain/proposals/proposal";
import { SUPPORT_BY_VALUE } from "@/domain/votes/vote";
import { describeError } from "@/lib/errors";
import { useSignBallot } from "../api/ballots";
import { useConnectedAccount } from "../api/connected-account";
import { useReasonDraft } from "../api/reason-draft";
import { useCastVote } from "../api/use-cast-vote";
import { useVoterStatus } from "../api/voter-status";
import { BallotShare } from "./ballot-share";
import { VotePanel } from "./vote-panel";

type Props = {
  chainId: number;
  chainName: string;
  governor: Address;
  proposal: Proposal;
  token: { decimals: number; symbol: string };
};

/** The vote form wired to the wallet: power at snapshot, "already voted", the write, and the kept reason draft. */
export function VoteSection({ chainId, chainName, governor, proposal, token }: Props) {
  const account = useConnectedAccount();
  const status = useVoterStatus({
    chainId,
    governor,
    proposalId: proposal.id,
    snapshot: proposal.voteStart,
    account: account.address,
  });
  const { step, vote } = useCastVote(chainId, governor);
  const sign = useSignBallot(chainId, governor);
  const pageUrl = `${window.location.origin}${window.location.pathname}#/${chainId}/${governor}/proposals/${proposal.id}`;
  const [reason, setReason, clearReason] = useReasonDraft(`${chainId}:${governor}:${proposal.id}`);
  useEffect(() => {
    if (step.kind === "confirmed") clearReason();
  }, [step.kind, clearReason]);
  return (
    <>
      <VotePanel
        context={{
          connected: account.address !== undefined,
          onRightChain: account.chainId === chainId,
          state: proposal.state,
          power: status.data?.power ?? null,
          hasVoted: status.data?.hasVoted ?? null,
          chainName,
        }}
        token={token}
        reason={reason}
        onReasonChange={setReason}
        step={step}
        onVote={(support, text) => void vote(proposal.id, support, text)}
        onSign={(support) =>
          sign.mutate({ proposalId: proposal.id, support: SUPPORT_BY_VALUE.indexOf(support) })
        }
      />
      {sign.error && (
        <p className="status-bad" role="alert">
          Ballot not signed: {describeError(sign.error).title}
        </p>
      )}
      {sign.data && <BallotShare ballot={sign.data} pageUrl={pageUrl} />}
    </>
  );
}
