import type { CharterAction } from "@/domain/charter/actions";
import type { PendingChange } from "@/domain/charter/model";
import type { CharterLinks } from "./principle-item";

function ChangeLine({ c }: { c: CharterAction }) {
  if (c.kind === "ratify") return <li>Ratify “{c.title}”</li>;
  return (
    <li>
      Retire principle #{c.principleId.toString()}: “{c.reason}”
    </li>
  );
}

/** Proposals not yet executed that would change the charter, with their decoded ratify/retire actions. */
export function PendingChanges({
  pending,
  links,
  atHead,
}: {
  pending: PendingChange[];
  links: CharterLinks;
  atHead: boolean;
}) {
  return (
    <section className="panel" aria-labelledby="pending-title">
      <h2 id="pending-title">Pending changes ({pending.length})</h2>
      <p className="muted">
        {atHead
          ? "Proposals the governor could still execute (Pending, Active, Succeeded or Queued) that call ratify or retire."
          : "Proposals created by this block and not executed or canceled by then that call ratify or retire."}
      </p>
      {pending.length === 0 ? (
        <p>No proposal would change the charter.</p>
      ) : (
        <ul className="pending-list">
          {pending.map((c) => (
            <li key={c.proposal.id.toString()}>
              <a href={links.proposalHref(c.proposal.id)}>{c.proposal.title}</a>
              {c.proposal.state && <span className="muted"> · {c.proposal.state}</span>}
              <ul>
                {c.changes.map((ch, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a proposal's actions are identified by their place
                  <ChangeLine key={i} c={ch} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
