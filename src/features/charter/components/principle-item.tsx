import type { Principle, ProposalLink } from "@/domain/charter/model";
import { PrincipleText } from "./principle-text";

/** How the page links to a proposal and dates a block. */
export type CharterLinks = { proposalHref: (id: bigint) => string };

const when = (at: { block: number; timestamp: number | null }) =>
  `block ${at.block.toLocaleString("en-US")}${
    at.timestamp !== null
      ? ` (${new Date(at.timestamp * 1000).toLocaleDateString(undefined, { dateStyle: "medium" })})`
      : ""
  }`;

function ByProposal({ link, links, verb }: { link: ProposalLink | null; links: CharterLinks; verb: string }) {
  if (!link) return <span className="muted">{verb} outside any proposal of this DAO</span>;
  return (
    <span>
      {verb} by <a href={links.proposalHref(link.id)}>{link.title}</a>
      {link.via === "calldata" && <span className="muted"> (matched by its calldata)</span>}
    </span>
  );
}

/** One principle: title, text, and the proposal that ratified it (and, if retired, the one that retired it). */
export function PrincipleItem({ p, links }: { p: Principle; links: CharterLinks }) {
  const retired = p.retired;
  return (
    <li className={`principle panel${retired ? " principle-retired" : ""}`}>
      <h3>{retired ? <s>{p.title}</s> : p.title}</h3>
      <p className="principle-meta">
        #{p.id.toString()} · <ByProposal link={p.ratifiedBy} links={links} verb="Ratified" /> in{" "}
        {when(p.ratified)}
      </p>
      {retired && (
        <p className="principle-meta">
          <strong>Retired</strong>: “{retired.reason}”.{" "}
          <ByProposal link={retired.by} links={links} verb="Retired" /> in {when(retired)}
        </p>
      )}
      <details>
        <summary>{retired ? "Text as ratified" : "Text"}</summary>
        <PrincipleText uri={p.uri} contentHash={p.contentHash} />
      </details>
    </li>
  );
}
