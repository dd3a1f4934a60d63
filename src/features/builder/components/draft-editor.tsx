import { type ComponentType, useState } from "react";
import { type Draft, type DraftItem, moveItem, newDraftId, type TemplateInput } from "@/domain/drafts/draft";
import { type BuilderEnv, charterFor } from "../api/builder-env";
import { ItemEditor } from "./item-editor";
import { SafeImport } from "./safe-import";

/** What each template starts as. */
export function starterInput(kind: TemplateInput["kind"], env: BuilderEnv, charter?: string): TemplateInput {
  switch (kind) {
    case "grant":
      return { kind, lines: [{ to: "", asset: "ETH", amount: "" }] };
    case "charter-ratify":
      return { kind, charter: charterFor(env, charter), title: "", text: "", uri: "" };
    case "charter-retire":
      return { kind, charter: charterFor(env, charter), id: "", reason: "" };
    case "parameter":
      return { kind, setting: "", value: "" };
    case "custom":
      return { kind, target: "", abi: "", signature: "", args: [], value: "" };
    case "raw":
      return { kind, target: "", value: "", calldata: "" };
  }
}

const TEMPLATES: [TemplateInput["kind"], string][] = [
  ["grant", "Funding grant"],
  ["charter-ratify", "Ratify a principle"],
  ["charter-retire", "Retire a principle"],
  ["parameter", "Parameter change"],
  ["custom", "Contract call"],
  ["raw", "Raw calldata"],
];

type Props = {
  draft: Draft;
  env: BuilderEnv;
  readOnly: boolean;
  onChange: (d: Draft) => void;
  Markdown: ComponentType<{ text: string }>;
};

/** Title, markdown body with its preview, and the draft's blocks (add, reorder, remove). */
export function DraftEditor({ draft, env, readOnly, onChange, Markdown }: Props) {
  const [preview, setPreview] = useState(false);
  const setItems = (items: DraftItem[]) => onChange({ ...draft, items });
  const add = (kind: TemplateInput["kind"]) =>
    setItems([...draft.items, { id: newDraftId(), input: starterInput(kind, env), actions: [] }]);
  return (
    <div className="draft-editor">
      <label className="field">
        Title
        <input
          value={draft.title}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...draft, title: e.target.value })}
          placeholder="Grant: …"
        />
      </label>
      <div className="field">
        <div className="body-head">
          <label htmlFor="draft-body">Description (markdown)</label>
          <button
            type="button"
            className="button-link"
            aria-pressed={preview}
            onClick={() => setPreview(!preview)}
          >
            {preview ? "Edit" : "Preview"}
          </button>
        </div>
        {preview ? (
          <section aria-label="Description preview" className="body-preview">
            <Markdown text={draft.body} />
          </section>
        ) : (
          <textarea
            id="draft-body"
            rows={8}
            value={draft.body}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...draft, body: e.target.value })}
          />
        )}
      </div>
      <h2>Actions</h2>
      {draft.items.length === 0 && (
        <p className="muted">
          No actions yet: a proposal needs at least one (the governor refuses an empty one).
        </p>
      )}
      <ol className="draft-items">
        {draft.items.map((item, i) => (
          <li key={item.id} className="draft-item">
            <ItemEditor
              item={item}
              env={env}
              readOnly={readOnly}
              onChange={(next) => setItems(draft.items.map((x) => (x.id === item.id ? next : x)))}
            />
            {!readOnly && (
              <p className="item-buttons">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => setItems(moveItem(draft.items, i, i - 1))}
                >
                  Move up
                </button>
                <button
                  type="button"
                  disabled={i === draft.items.length - 1}
                  onClick={() => setItems(moveItem(draft.items, i, i + 1))}
                >
                  Move down
                </button>
                <button type="button" onClick={() => setItems(draft.items.filter((x) => x.id !== item.id))}>
                  Remove block {i + 1}
                </button>
              </p>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <p className="template-picker">
          Add:{" "}
          {TEMPLATES.map(([kind, label]) => (
            <button key={kind} type="button" onClick={() => add(kind)}>
              {label}
            </button>
          ))}
        </p>
      )}
      {!readOnly && <SafeImport chainId={draft.chainId} onImport={(i) => setItems([...draft.items, i])} />}
    </div>
  );
}
