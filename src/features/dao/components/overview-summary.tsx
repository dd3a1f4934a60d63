import type { ReactNode } from "react";
import type { Concentration, NeedsVote, RecentParticipation } from "@/domain/analytics/overview";
import { formatAmount, formatInteger } from "@/lib/format";
import "./overview-summary.css";

/** How the DAO's token amounts read: decimals (null: none, whole votes as for ERC721Votes) and symbol. */
export type SummaryUnits = { decimals: number | null; symbol: string };

/** The overview's figures; each is null while it is being computed (or `failed` when it could not be). */
export type OverviewFigures = {
  /** The block the figures stand at (the synced head). */
  block: number | null;
  proposals: { active: readonly { id: bigint; title: string }[]; needsVote: NeedsVote[] | null } | null;
  participation: RecentParticipation | null;
  concentration: Concentration | null;
  /** How many charters the DAO has (found from its proposals' targets) and their principles. */
  charter: { charters: number; active: number; retired: number } | null;
  failed?: { proposals?: boolean; charter?: boolean };
};

type CardProps = { title: string; href: string; linkText: string; value: ReactNode; children?: ReactNode };

function Card({ title, href, linkText, value, children }: CardProps) {
  const id = `summary-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <li className="panel overview-card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="overview-card-value">{value}</p>
      {children}
      <a href={href}>{linkText}</a>
    </li>
  );
}

const busy = <span aria-busy="true">…</span>;
const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/** The DAO in a few figures, each computed from the synced logs and pinned reads, with a link into its page. */
export function OverviewSummary({
  f,
  units,
  base,
}: {
  f: OverviewFigures;
  units: SummaryUnits;
  base: string;
}) {
  const amount = (raw: bigint) => `${formatAmount(raw, units.decimals ?? 0)} ${units.symbol}`;
  const at = f.block === null ? "" : ` at block ${formatInteger(f.block)}`;
  const p = f.proposals;
  const part = f.participation;
  const c = f.concentration;
  return (
    <section className="overview-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">At a glance</h2>
      <ul className="overview-cards">
        <Card
          title="Active proposals"
          href={`${base}/proposals?state=Active`}
          linkText="Open proposals"
          value={f.failed?.proposals ? "–" : p ? formatInteger(p.active.length) : busy}
        >
          {f.failed?.proposals && <p className="muted">Could not read the proposals.</p>}
          {p && p.needsVote === null && (
            <p className="muted">Connect a wallet to see which need your vote.</p>
          )}
          {p?.needsVote && p.needsVote.length === 0 && (
            <p className="muted">None needs your vote (no power at its snapshot, or already voted).</p>
          )}
          {p?.needsVote && p.needsVote.length > 0 && (
            <>
              <p>
                <strong>{count(p.needsVote.length, "needs", "need")} your vote:</strong>
              </p>
              <ul className="overview-needs">
                {p.needsVote.map((n) => (
                  <li key={n.id.toString()}>
                    <a href={`${base}/proposals/${n.id}`}>{n.title}</a>{" "}
                    <span className="muted">({amount(n.power)} at its snapshot)</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <Card
          title="Participation"
          href={`${base}/token`}
          linkText="Participation on the token page"
          value={part ? (part.medianTurnout === null ? "No votes yet" : amount(part.medianTurnout)) : busy}
        >
          {part && part.sample > 0 && (
            <p className="muted">
              Median turnout of the last {count(part.sample, "proposal", "proposals")} voted on, against a
              median quorum of {part.medianQuorum === null ? "unknown" : amount(part.medianQuorum)};{" "}
              {formatInteger(part.reachedQuorum)} of {formatInteger(part.sample)} reached quorum. From their
              tallies{at}.
            </p>
          )}
        </Card>
        <Card
          title="Nakamoto coefficient"
          href={`${base}/delegates`}
          linkText="Delegates"
          value={c ? (c.toQuorum === null ? "–" : formatInteger(c.toQuorum)) : busy}
        >
          {c && (
            <p className="muted">
              {c.toQuorum === null
                ? "All delegates together do not reach quorum (or it is unknown)."
                : "The fewest delegates whose votes reach quorum"}
              ; {c.toMajority === null ? "no" : formatInteger(c.toMajority)} hold a majority of the delegated
              power. Replayed from {count(c.delegates, "delegate's", "delegates'")} logged votes{at}.
            </p>
          )}
        </Card>
        <Card
          title="Charter principles"
          href={`${base}/charter`}
          linkText={f.charter?.charters === 0 ? "Adopt a charter" : "The charter"}
          value={
            f.failed?.charter
              ? "–"
              : f.charter
                ? f.charter.charters === 0
                  ? "No charter"
                  : formatInteger(f.charter.active)
                : busy
          }
        >
          {f.failed?.charter && <p className="muted">Could not read the charter's events.</p>}
          {f.charter && f.charter.charters > 0 && (
            <p className="muted">
              In force{f.charter.retired > 0 ? `; ${formatInteger(f.charter.retired)} retired` : ""}. From the
              PrincipleRatified and PrincipleRetired logs of{" "}
              {count(f.charter.charters, "charter", "charters")}
              {at}.
            </p>
          )}
          {f.charter?.charters === 0 && (
            <p className="muted">None of its proposals ratified a principle on a charter contract.</p>
          )}
        </Card>
      </ul>
    </section>
  );
}
