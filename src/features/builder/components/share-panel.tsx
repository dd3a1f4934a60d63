import { useState } from "react";
import type { Draft } from "@/domain/drafts/draft";
import { encodeDraftLink } from "@/domain/drafts/link-codec";
import { draftToSafeBatch } from "@/domain/drafts/safe-batch";
import { draftToJson } from "@/domain/drafts/serialize";
import type { BuilderEnv } from "../api/builder-env";

function download(name: string, json: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Share the draft as a link (compressed into the URL), a JSON file, or a Safe Transaction Builder batch. */
export function SharePanel({ draft, env, linkBase }: { draft: Draft; env: BuilderEnv; linkBase: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const share = () =>
    encodeDraftLink(draft).then(
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
        <button type="button" onClick={() => download(`${slug}.plenum.json`, draftToJson(draft))}>
          Export JSON
        </button>
        <button
          type="button"
          onClick={() =>
            download(`${slug}.safe-batch.json`, draftToSafeBatch(draft, env.executor, Date.now()))
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
