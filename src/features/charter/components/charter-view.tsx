import type { Address } from "viem";
import type { CharterPoint } from "@/domain/charter/history";
import type { CharterModel } from "@/domain/charter/model";
import { CharterChart } from "./charter-chart";
import { PendingChanges } from "./pending-changes";
import { type CharterLinks, PrincipleItem } from "./principle-item";
import "./charter.css";

/** The charter page's body: principles in force, retired ones, pending changes and the history chart. */
export function CharterView(props: {
  model: CharterModel;
  series: CharterPoint[];
  logCount: number;
  atHead: boolean;
  links: CharterLinks & { builderHref: (charter: Address) => string };
}) {
  const { model, links } = props;
  const empty = model.charters.filter(
    (c) => ![...model.active, ...model.retired].some((p) => p.charter.toLowerCase() === c.toLowerCase()),
  );
  return (
    <>
      <section className="panel" aria-labelledby="charter-title">
        <h2 id="charter-title">In force ({model.active.length})</h2>
        <p className="muted">
          {model.charters.length === 1 ? "Charter" : "Charters"}:{" "}
          {model.charters.map((c, i) => (
            <span key={c}>
              {i > 0 && ", "}
              <code className="break">{c}</code>
            </span>
          ))}
        </p>
        {model.active.length === 0 ? (
          <p>No principle is in force{props.atHead ? "" : " at this block"}.</p>
        ) : (
          <ol className="principle-list">
            {model.active.map((p) => (
              <PrincipleItem key={`${p.charter}:${p.id}`} p={p} links={links} />
            ))}
          </ol>
        )}
        {empty.map((c) => (
          <p key={c}>
            <code className="break">{c}</code> has no principles yet.{" "}
            <a href={links.builderHref(c)}>Propose its first principle</a>
          </p>
        ))}
      </section>
      {model.retired.length > 0 && (
        <section className="panel" aria-labelledby="retired-title">
          <h2 id="retired-title">Retired ({model.retired.length})</h2>
          <ol className="principle-list">
            {model.retired.map((p) => (
              <PrincipleItem key={`${p.charter}:${p.id}`} p={p} links={links} />
            ))}
          </ol>
        </section>
      )}
      <PendingChanges pending={model.pending} links={links} atHead={props.atHead} />
      <CharterChart series={props.series} atBlock={model.atBlock} logCount={props.logCount} />
    </>
  );
}
