import type { ReactNode } from "react";
import { AddressName } from "@/components/address";
import { CATEGORY_LABELS } from "@/domain/actions/category";
import type { RiskReport } from "@/domain/actions/risk";
import type { DecodedAction } from "@/domain/actions/types";
import type { CountingMode } from "@/domain/dao/quorum";
import { proposerSuffixMatches } from "@/domain/proposals/description";
import { descriptionBeyondTitle } from "@/domain/proposals/description-body";
import { type Proposal, stateLabel } from "@/domain/proposals/proposal";
import type { TimelineEntry } from "@/domain/proposals/timeline";
import { noVotesSentence } from "@/domain/proposals/wording";
import { revealHiddenChars } from "@/domain/security/visible-text";
import { quorumProgress } from "@/domain/votes/tally";
import type { Vote } from "@/domain/votes/vote";
import { formatAmount } from "@/lib/format";
import { shortProposalId } from "@/lib/proposal-id";
import { ActionList } from "./action-list";
import { ProposalTimeline } from "./proposal-timeline";
import { QuorumMeter } from "./quorum-meter";
import { RiskFlagList } from "./risk-flag-list";
import { SafeMarkdown } from "./safe-markdown";
import { StateBadge } from "./state-badge";
import { TallyBar } from "./tally-bar";
import { VotersTable } from "./voters-table";

type Props = {
  proposal: Proposal;
  report: RiskReport;
  /** The block every figure on the page was read at. */
  block: bigint;
  chainId: number;
  timeline: readonly TimelineEntry[];
  votes: readonly Vote[];
  token: { decimals: number; symbol: string };
  mode: CountingMode | null;
  /** The vote form and lifecycle buttons, supplied by the page. */
  actions: ReactNode;
  verification: ReactNode;
  /** The target code scan, supplied by the page (it reads the chain). */
  targetScan?: ReactNode;
  /** False on governors without Abstain (GovernorAlpha): no Abstain row. */
  abstain?: boolean;
};

function ProposerLine({ p, chainId }: { p: Proposal; chainId: number }) {
  const match = proposerSuffixMatches(p.description, p.proposer);
  return (
    <p className="proposal-meta">
      Proposed by <AddressName address={p.proposer} chainId={chainId} /> at block{" "}
      {p.createdBlock.toLocaleString("en-US")}
      {match === true && <span className="status-ok"> · #proposer suffix matches the proposer</span>}
      {match === false && (
        <span className="status-bad"> · the description's #proposer suffix names a different account</span>
      )}
    </p>
  );
}

/** The description below the title; a title-only description is said to be one, not shown twice. */
function DescriptionBody({ p }: { p: Proposal }) {
  const text = descriptionBeyondTitle(p.description);
  if (text === null) return <p className="muted">The description is only its title.</p>;
  return <SafeMarkdown text={text} />;
}

const amount = (v: bigint, t: Props["token"]) => `${formatAmount(v, t.decimals)} ${t.symbol}`;

/** Everything a holder needs before voting: text, what it does, what could go wrong, the vote so far, and when. */
export function ProposalDetail({
  proposal: p,
  report,
  block,
  chainId,
  timeline,
  votes,
  token,
  mode,
  actions,
  verification,
  targetScan,
  abstain = true,
}: Props) {
  const decoded: readonly DecodedAction[] = p.decoded;
  const progress = p.quorum === null ? null : quorumProgress(p.tally, mode, p.quorum);
  return (
    <article className="proposal-detail">
      <header className="wide">
        <p className="proposal-row-head">
          <StateBadge state={p.state} label={stateLabel(p, mode)} />
          <span className={`badge badge-category badge-${p.category}`}>{CATEGORY_LABELS[p.category]}</span>
          <span className="muted proposal-id" title={p.id.toString()}>
            id {shortProposalId(p.id)}
          </span>
        </p>
        <h1>{revealHiddenChars(p.description.title).text}</h1>
        <ProposerLine p={p} chainId={chainId} />
        {verification}
      </header>
      <div className="detail-main">
        <section className="panel" aria-labelledby="risk-heading">
          <h2 id="risk-heading">Risk check</h2>
          <RiskFlagList report={report} block={block} chainId={chainId} />
        </section>
        <section className="panel" aria-labelledby="actions-heading">
          <h2 id="actions-heading">What it would do</h2>
          <ActionList actions={decoded} chainId={chainId} />
        </section>
        {targetScan}
        <section className="panel" aria-labelledby="description-heading">
          <h2 id="description-heading">Description</h2>
          <DescriptionBody p={p} />
        </section>
      </div>
      <aside className="detail-side">
        {actions}
        <section className="panel" aria-labelledby="results-heading">
          <h2 id="results-heading">Results</h2>
          <TallyBar tally={p.tally} />
          <dl className="facts">
            <div>
              <dt>For</dt>
              <dd>{amount(p.tally.for, token)}</dd>
            </div>
            <div>
              <dt>Against</dt>
              <dd>{amount(p.tally.against, token)}</dd>
            </div>
            {abstain && (
              <div>
                <dt>Abstain</dt>
                <dd>{amount(p.tally.abstain, token)}</dd>
              </div>
            )}
          </dl>
          <QuorumMeter
            progressBps={progress}
            label={p.quorum === null ? "set when voting starts" : `${amount(p.quorum, token)} needed`}
          />
        </section>
        <section className="panel" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <ProposalTimeline entries={timeline} />
        </section>
      </aside>
      <div className="wide panel">
        <VotersTable
          votes={votes}
          decimals={token.decimals}
          symbol={token.symbol}
          fileName={`proposal-${p.id.toString().slice(0, 12)}-votes.csv`}
          chainId={chainId}
          emptyText={noVotesSentence(p.state)}
        />
      </div>
    </article>
  );
}
