import { useState } from "react";
import type { Hex } from "viem";
import { checkContentHash, type HashCheck, textSourceOf } from "@/domain/charter/text";
import { describeError } from "@/lib/errors";
import { usePrincipleText } from "../api/principle-text";

function HashLine({ check }: { check: HashCheck | null }) {
  if (!check)
    return <p className="muted principle-hash">Content hash: not checked (the text was not fetched).</p>;
  if (check.kind === "no-hash")
    return <p className="muted principle-hash">Content hash: none was recorded.</p>;
  if (check.kind === "matches")
    return (
      <p className="principle-hash hash-ok">Content hash: matches ({check.algorithm} of the text shown).</p>
    );
  return (
    <p className="principle-hash hash-bad" role="alert">
      Content hash: does not match: this text is not the one that was ratified.
    </p>
  );
}

/** A principle's text: inline data: URIs decoded at once, remote ones fetched only on click; always as text. */
export function PrincipleText({ uri, contentHash }: { uri: string; contentHash: Hex }) {
  const source = textSourceOf(uri);
  const [asked, setAsked] = useState(false);
  const remote = usePrincipleText(source.kind === "remote" && asked ? source.url : null);
  if (source.kind === "unsupported")
    return (
      <>
        <p className="muted">Text not shown: {source.reason}</p>
        <HashLine check={null} />
      </>
    );
  if (source.kind === "inline")
    return (
      <>
        {/* Hostile input: rendered as plain text (React escapes it), never as HTML. */}
        <div className="principle-text">{source.text}</div>
        <HashLine check={checkContentHash(source.text, contentHash)} />
      </>
    );
  return (
    <>
      {remote.data !== undefined ? (
        <div className="principle-text">{remote.data}</div>
      ) : (
        <button
          type="button"
          className="btn btn-small"
          disabled={remote.isFetching}
          onClick={() => setAsked(true)}
        >
          {remote.isFetching ? `Fetching from ${source.host}…` : `Fetch the text from ${source.host}`}
        </button>
      )}
      {remote.error && <p role="alert">Could not fetch the text: {describeError(remote.error).title}</p>}
      <HashLine check={remote.data !== undefined ? checkContentHash(remote.data, contentHash) : null} />
    </>
  );
}
