import { chainName } from "@/config/chains";
import { DaoOverview } from "@/features/dao/components/dao-overview";
import { OverviewSummary } from "@/features/dao/components/overview-summary";
import { useTreasury } from "@/features/treasury/api/treasury";
import { TreasurySummary } from "@/features/treasury/components/treasury-summary";
import { useDao } from "../dao-context";
import { daoContractsOf } from "../dao-contracts";
import { useDaoHistory } from "../use-dao-history";
import { useOverviewFigures } from "../use-overview-figures";

const sections = [
  ["proposals", "Proposals", "states, tallies, risk flags; vote or sign a ballot"],
  ["treasury", "Treasury", "assets, every flow linked to its proposal, pending outflows, runway"],
  ["token", "Token", "supply over time, delegated vs idle, concentration, participation"],
  ["delegates", "Delegates", "leaderboard, delegate pages, delegate on-chain or by signature"],
  ["charter", "Charter", "the AI-ethics principles ratified on chain, or adopt a charter"],
  ["new", "New proposal", "funding, charter, parameter and custom-call templates with pre-flight"],
] as const;

/** `#/<chainId>/<governor>/`: the DAO's overview, its figures at a glance, the treasury's assets and a way
 * into each page. */
export function OverviewPage() {
  const dao = useDao();
  const { synced } = useDaoHistory(dao);
  const treasury = useTreasury(dao, synced, null, daoContractsOf(dao)?.treasuryTokens ?? []);
  const base = `#/${dao.chainId}/${dao.governor}`;
  const report = treasury.data;
  const figures = useOverviewFigures(dao, synced);
  const units = { decimals: dao.token?.decimals ?? null, symbol: dao.token?.symbol || "votes" };
  return (
    <>
      <DaoOverview
        dao={dao}
        chainName={chainName(dao.chainId)}
        summary={<OverviewSummary f={figures} units={units} base={base} />}
      />
      {report ? (
        <TreasurySummary
          assets={report.assets}
          meta={report.meta}
          block={report.block}
          href={`${base}/treasury`}
        />
      ) : (
        <section className="panel" aria-busy={!treasury.error}>
          <h2>Treasury</h2>
          <p className="muted">
            {treasury.error
              ? "Could not read the treasury's assets."
              : "Reading every asset the treasury holds…"}
          </p>
        </section>
      )}
      <section className="panel" aria-labelledby="sections-title">
        <h2 id="sections-title">Pages</h2>
        <ul className="overview-sections">
          {sections.map(([path, label, what]) => (
            <li key={path}>
              <a href={`${base}/${path}`}>{label}</a> <span className="muted">— {what}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
