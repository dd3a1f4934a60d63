import type { RiskFlag } from "@/domain/actions/risk";

/** The reasons to look twice before voting, most severe first; says so plainly when there are none. */
export function RiskFlagList({ flags }: { flags: readonly RiskFlag[] }) {
  if (flags.length === 0) {
    return (
      <p className="risk-none">
        No risk flags: every action decodes and none touches roles, rules or large sums.
      </p>
    );
  }
  return (
    <ul className="risk-list" aria-label="Risk flags">
      {flags.map((f) => (
        <li key={`${f.action}-${f.title}`} className={`risk risk-${f.level}`}>
          <strong>
            {f.level === "critical" ? "Critical" : f.level === "warning" ? "Warning" : "Note"}: {f.title}
          </strong>{" "}
          <span className="risk-action">(action {f.action + 1})</span>
          <p>{f.detail}</p>
        </li>
      ))}
    </ul>
  );
}
