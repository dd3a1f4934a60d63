import type { Tier } from "@/domain/treasury/pending";
import type { TreasuryReport } from "@/domain/treasury/report";
import { amountFormatter, blockText } from "./asset-format";

const TIER_TEXT: Record<Tier, { title: string; what: string }> = {
  committed: { title: "Committed", what: "queued in the timelock: pays at its eta unless canceled" },
  likely: { title: "Likely", what: "succeeded, not yet queued" },
  possible: { title: "Possible", what: "voting now, For ahead of Against" },
};

/** What queued, succeeded and For-leading proposals would pay, and the balances after each tier. */
export function PendingTiers({
  report,
  proposalHref,
}: {
  report: TreasuryReport;
  proposalHref: (id: bigint) => string;
}) {
  const fmt = amountFormatter(report.meta);
  const held = report.assets.map((a) => a.meta.id);
  return (
    <section className="panel" aria-labelledby="treasury-pending">
      <h2 id="treasury-pending">Pending outflows</h2>
      <p className="muted">
        From the proposals' actions (ETH values, ERC-20 transfer calls) and their state at block{" "}
        {blockText(report.block)}
        {report.statesFromLogs
          ? ": the node no longer serves state at this block, so states come from logs (only queued proposals are counted)."
          : " (state() and proposalVotes read at that block)."}
      </p>
      <div className="treasury-tiers">
        {report.tiers.map((t) => (
          <div key={t.tier} className="treasury-tier" data-tier={t.tier}>
            <h3>
              {TIER_TEXT[t.tier].title}: {t.proposals.length} proposal{t.proposals.length === 1 ? "" : "s"}
            </h3>
            <p className="muted">{TIER_TEXT[t.tier].what}</p>
            {t.proposals.length > 0 && (
              <ul>
                {t.proposals.map(({ proposal, payments }) => (
                  <li key={String(proposal.id)}>
                    <a href={proposalHref(proposal.id)}>{proposal.title || `Proposal ${proposal.id}`}</a>:{" "}
                    {payments.length === 0
                      ? "pays nothing"
                      : payments.map((p) => fmt(p.asset, p.amount)).join(" + ")}
                    {proposal.eta !== null && proposal.eta > 0n && (
                      <> (eta {new Date(Number(proposal.eta) * 1000).toLocaleString()})</>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p>
              Balances after: {held.map((id) => fmt(id, t.balancesAfter.get(id) ?? 0n)).join(" · ") || "—"}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
