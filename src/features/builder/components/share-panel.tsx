import { useState } from "react";
import type { Address } from "viem";
import type { Draft } from "@/domain/drafts/draft";
import { encodeDraftLink } from "@/domain/drafts/link-codec";
import { draftToSafeBatch } from "@/domain/drafts/safe-batch";
import { draftToJson } from "@/domain/drafts/serialize";
import { downloadJson } from "@/lib/download";
import type { BuilderEnv } from "../api/builder-env";

/** Share the draft as a link (compressed into the URL), a JSON file, or a Safe Transaction Builder batch. */
export function SharePanel({
  draft,
  env,
  linkBase,
  proposer,
}: {
  draft: Draft;
  env: BuilderEnv;
  linkBase: string;
  proposer: Address | null;
}) {
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const share = () =>
    encodeDraftLink(draft, proposer).then(
      (code) => {
        setError(null);
        setLink(`${linkBase}?draft=${code}`);
      },
      (e: unknown) => {
        setLink(null);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  const slug = (draft.title.trim() || "draft").replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  return (
    <section aria-labelledby="share-h" className="share-panel">
      <h2 id="share-h">Share</h2>
      <p className="item-buttons">
        <button type="button" onClick={() => void share()}>
          Make a share link
        </button>
        <button type="button" onClick={() => downloadJson(draftToJson(draft), `${slug}.plenum.json`)}>
          Export JSON
        </button>
        <button
          type="button"
          onClick={() =>
            downloadJson(draftToSafeBatch(draft, env.executor, Date.now()), `${slug}.safe-batch.json`)
          }
        >
          Export Safe batch
        </button>
      </p>
      {link && (
        <label className="field">
          Share link ({link.length.toLocaleString("en-US")} characters; opens read-only)
          <input readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
