import { useState } from "react";
import { ballotToJson, ballotToLinkParam, type SignedBallot } from "@/domain/votes/ballot";
import { SUPPORT_BY_VALUE, SUPPORT_LABELS } from "@/domain/votes/vote";

/** A signed ballot as a link and as JSON, for whoever will submit it. */
export function BallotShare({ ballot, pageUrl }: { ballot: SignedBallot; pageUrl: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const link = `${pageUrl}?ballot=${ballotToLinkParam(ballot)}`;
  const json = ballotToJson(ballot);
  const copy = (what: string, text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null),
    );
  const choice = SUPPORT_BY_VALUE[ballot.support];
  return (
    <section className="panel" aria-labelledby="ballot-share-heading">
      <h2 id="ballot-share-heading">Your signed ballot</h2>
      <p>
        A {choice ? SUPPORT_LABELS[choice] : "?"} ballot, signed and not yet on chain. Anyone who opens this
        link can submit it and pay the gas; it counts once, with your voting power at the snapshot.
      </p>
      <label className="field">
        Link
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <label className="field">
        JSON
        <textarea readOnly rows={4} value={json} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="btn btn-small" onClick={() => void copy("link", link)}>
        Copy link
      </button>{" "}
      <button type="button" className="btn btn-small" onClick={() => void copy("JSON", json)}>
        Copy JSON
      </button>
      {copied && <span role="status"> Copied the {copied}.</span>}
    </section>
  );
}
