import type { CharterCheck } from "@/domain/charter/check";
import { describeError } from "@/lib/errors";

/** "Checked against the contract at block N", or what differed, or why it could not be checked. */
export function CheckLine({ check, error }: { check: CharterCheck | null; error: unknown }) {
  if (error) return <p className="muted">Not checked against the contracts: {describeError(error).title}</p>;
  if (!check) return <p className="muted">Checking against the contracts…</p>;
  const block = check.block.toLocaleString("en-US");
  if (check.problems.length === 0)
    return (
      <p className="status-ok">
        Checked at block {block}: the {check.compared} principles replayed from logs equal the charter's own
        principle() reads.
      </p>
    );
  return (
    <div className="panel panel-warning" role="alert">
      <p>
        <strong>At block {block} the logs and the charter contract disagree:</strong>
      </p>
      <ul>
        {check.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
