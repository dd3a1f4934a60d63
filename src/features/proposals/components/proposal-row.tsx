import { AddressName } from "@/components/address";
import { CATEGORY_LABELS } from "@/domain/actions/category";
import type { CountingMode } from "@/domain/dao/quorum";
import { type Proposal, stateLabel } from "@/domain/proposals/proposal";
import { type ClockNow, relativeClock } from "@/domain/proposals/timing";
import { revealHiddenChars } from "@/domain/security/visible-text";
import { quorumProgress } from "@/domain/votes/tally";
import { StateBadge } from "./state-badge";
import { TallyBar } from "./tally-bar";

/** Where the proposal is in time, in words: starts / ends / ended. */
export function timeText(p: Proposal, now: ClockNow): string {
  if (p.state === "Pending") return relativeClock(p.voteStart, now, "voting starts", "voting started");
  if (p.state === "Active") return relativeClock(p.voteEnd, now, "voting ends", "voting ended");
  return relativeClock(p.voteEnd, now, "voting ends", "voting ended");
}

type Props = {
  proposal: Proposal;
  href: string;
  now: ClockNow;
  mode: CountingMode | null;
  chainId: number;
  /** False for governors with no Abstain (GovernorAlpha): the tally legend names For and Against only. */
  abstain?: boolean;
};

/** One proposal in the list: state, category, title, proposer, tally, quorum and time. */
export function ProposalRow({ proposal: p, href, now, mode, chainId, abstain = true }: Props) {
  const quorum = p.quorum === null ? null : quorumProgress(p.tally, mode, p.quorum);
  return (
    <li className="proposal-row">
      <div className="proposal-row-head">
        <StateBadge state={p.state} label={stateLabel(p, mode)} />
        <span className={`badge badge-category badge-${p.category}`}>{CATEGORY_LABELS[p.category]}</span>
        <span className="proposal-time">{timeText(p, now)}</span>
      </div>
      <a className="proposal-title" href={href}>
        {revealHiddenChars(p.description.title).text}
      </a>
      <p className="proposal-meta">
        by <AddressName address={p.proposer} chainId={chainId} />
        {quorum !== null &&
          (quorum >= 10_000n ? (
            <> · quorum reached</>
          ) : (
            <> · {Math.floor(Number(quorum) / 100)}% of quorum</>
          ))}
      </p>
      <TallyBar tally={p.tally} compact abstain={abstain} />
    </li>
  );
}
