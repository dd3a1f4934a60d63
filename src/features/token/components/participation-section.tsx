import type { ParticipationAnalytics } from "@/domain/analytics/participation-analytics";
import type { BlockTime } from "@/domain/analytics/units";
import type { TokenUnit } from "../api/use-token-page";
import { logSource } from "./chart-format";
import { QuietDelegates } from "./quiet-delegates";
import { TurnoutChart } from "./turnout-chart";
import { VotersMonthChart } from "./voters-month-chart";
import "./token.css";

/** Participation: turnout against quorum, share of delegated power that voted, voters per month, quiet
 * delegates. */
export function ParticipationSection({
  p,
  unit,
  timeOf,
  block,
  nameOf,
}: {
  p: ParticipationAnalytics;
  unit: TokenUnit;
  timeOf: (b: number) => BlockTime;
  block: number;
  nameOf: (address: string) => string | null;
}) {
  const votes = logSource(p.votes, "VoteCast", block);
  const source = `${votes}, ${p.turnouts.length.toLocaleString()} ProposalCreated logs and quorum(snapshot) read at block ${block.toLocaleString()}`;
  return (
    <section aria-labelledby="participation">
      <h2 id="participation" className="token-section-title">
        Participation
      </h2>
      {p.notStarted > 0 && (
        <p className="muted">
          {p.notStarted} proposal{p.notStarted === 1 ? " has" : "s have"} not reached{" "}
          {p.notStarted === 1 ? "its" : "their"} snapshot yet and
          {p.notStarted === 1 ? " is" : " are"} left out.
        </p>
      )}
      <div className="token-grid">
        <TurnoutChart turnouts={p.turnouts} unit={unit} timeOf={timeOf} source={source} />
        <TurnoutChart
          turnouts={p.turnouts}
          unit={unit}
          timeOf={timeOf}
          source={`${votes}, delegated supply at each snapshot replayed from DelegateVotesChanged logs`}
          share
        />
        <VotersMonthChart months={p.months} untimed={p.untimedVotes} source={votes} />
        <QuietDelegates
          records={p.quiet}
          unit={unit}
          source={`${votes} and DelegateVotesChanged logs`}
          nameOf={nameOf}
        />
      </div>
    </section>
  );
}
