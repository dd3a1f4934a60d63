import { useParams, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { chainName } from "@/config/chains";
import { devnetInfo } from "@/config/devnet";
import { riskFlags } from "@/domain/actions/risk";
import { proposalTimeline } from "@/domain/proposals/timeline";
import { parseBallot, type SignedBallot } from "@/domain/votes/ballot";
import { delegatePowerAt, topNonVoters } from "@/domain/votes/delegate-power";
import { useProposalClock } from "@/features/proposals/api/proposal-clock";
import { useProposals } from "@/features/proposals/api/use-proposals";
import { BallotSubmit } from "@/features/proposals/components/ballot-submit";
import { LifecycleSection } from "@/features/proposals/components/lifecycle-section";
import { NonVoters } from "@/features/proposals/components/non-voters";
import { ProposalDetail } from "@/features/proposals/components/proposal-detail";
import "@/features/proposals/components/proposal-list.css";
import "@/features/proposals/components/proposal-detail.css";
import "@/features/proposals/components/vote.css";
import { VoteSection } from "@/features/proposals/components/vote-section";
import { describeError } from "@/lib/errors";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";

const nameOf = (address: string) =>
  devnetInfo()?.accounts.find((a) => a.address.toLowerCase() === address.toLowerCase())?.name ?? null;

function ballotFrom(param: unknown): SignedBallot | { error: string } | null {
  if (typeof param !== "string" || param === "") return null;
  try {
    return parseBallot(param);
  } catch (e) {
    return { error: e instanceof Error ? e.message : "This ballot link is damaged." };
  }
}

/** `#/<chainId>/<governor>/proposals/<id>`: one proposal, its risks, votes and the vote form. */
export function ProposalPage() {
  const dao = useDao();
  const { proposalId } = useParams({ strict: false }) as { proposalId?: string };
  const id = proposalId && /^\d{1,78}$/.test(proposalId) ? BigInt(proposalId) : null;
  const { logs, synced, verification } = useDaoHistory(dao);
  const proposals = useProposals(dao, synced);
  const data = proposals.data;
  const cachedAt = proposals.cached ? (data?.blockNumber ?? null) : null;
  const proposal = id === null ? undefined : data?.proposals.find((p) => p.id === id);
  const history = proposal ? data?.histories.get(proposal.id) : undefined;
  // The list interpolates voting windows; this page reads its own proposal's exact times (≤ 3 headers).
  const clock = useProposalClock(dao, proposal, data?.now);
  const flags = useMemo(
    () =>
      proposal && data
        ? riskFlags(proposal.decoded, { known: data.known, votingSupply: dao.token?.totalSupply })
        : [],
    [proposal, data, dao.token],
  );
  const atSnapshot = dao.clock.kind === "blocknumber";
  const nonVoters = useMemo(() => {
    if (!proposal || !data || proposal.state !== "Active") return [];
    const power = delegatePowerAt(data.powerChanges, atSnapshot ? proposal.voteStart : null);
    return topNonVoters(
      power,
      (history?.votes ?? []).map((v) => v.voter),
      5,
    );
  }, [proposal, data, history, atSnapshot]);
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const ballot = useMemo(() => ballotFrom(search.ballot), [search.ballot]);
  const token = { decimals: dao.token?.decimals ?? 18, symbol: dao.token?.symbol ?? "votes" };

  if (id === null) {
    return (
      <ErrorPanel
        heading="Not a proposal id"
        error={{
          kind: "unknown",
          title: `"${proposalId ?? ""}" is not a proposal id.`,
          detail: "Proposal ids are decimal numbers.",
          retry: false,
        }}
      />
    );
  }
  if (!data || !proposal) {
    return (
      <>
        <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} />
        {data ? (
          <ErrorPanel
            heading="No such proposal"
            error={{
              kind: "unknown",
              title: `This governor has no proposal ${id.toString()} (checked through block ${data.blockNumber.toLocaleString("en-US")}).`,
              retry: false,
            }}
          />
        ) : logs.error ? (
          <ErrorPanel
            heading="Could not read the proposal"
            error={describeError(logs.error)}
            onRetry={() => void logs.refetch()}
          />
        ) : (
          <p aria-busy="true">Loading the proposal…</p>
        )}
      </>
    );
  }
  const created = { block: proposal.createdBlock, time: null };
  return (
    <ProposalDetail
      proposal={proposal}
      flags={flags}
      timeline={proposalTimeline(proposal, { created, ...history?.lifecycle }, clock ?? data.now)}
      votes={history?.votes ?? []}
      token={token}
      mode={dao.countingMode}
      nameOf={nameOf}
      verification={
        <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} cachedAt={cachedAt} />
      }
      actions={
        <>
          {ballot && (
            <BallotSubmit chainId={dao.chainId} governor={dao.governor} ballot={ballot} nameOf={nameOf} />
          )}
          <VoteSection
            chainId={dao.chainId}
            chainName={chainName(dao.chainId)}
            governor={dao.governor}
            proposal={proposal}
            token={token}
          />
          {proposal.state === "Active" && (
            <NonVoters nonVoters={nonVoters} token={token} atSnapshot={atSnapshot} nameOf={nameOf} />
          )}
          <LifecycleSection
            chainId={dao.chainId}
            governor={dao.governor}
            proposal={proposal}
            needsQueuing={dao.needsQueuing ?? dao.timelock !== null}
            nowSeconds={data.now.timestamp}
          />
        </>
      }
    />
  );
}
