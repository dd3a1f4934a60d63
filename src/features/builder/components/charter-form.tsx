import type { TemplateInput } from "@/domain/drafts/draft";
import { errorFor, type TemplateResult } from "@/domain/drafts/template-result";
import type { BuilderEnv } from "../api/builder-env";
import { Field } from "./field";

type Ratify = Extract<TemplateInput, { kind: "charter-ratify" }>;
type Retire = Extract<TemplateInput, { kind: "charter-retire" }>;
type Props<T> = {
  input: T;
  env: BuilderEnv;
  result: TemplateResult;
  readOnly: boolean;
  onChange: (i: T) => void;
};

function CharterPicker({
  value,
  env,
  error,
  onChange,
}: {
  value: string;
  env: BuilderEnv;
  error?: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <Field
      label="Charter contract"
      error={error}
      hint={
        env.charters.length === 0
          ? "No charter found among this DAO's contracts: paste its address."
          : undefined
      }
    >
      {(id, d) => (
        <input
          id={id}
          aria-describedby={d}
          list={`${id}-list`}
          value={value}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Ratify a principle: title, text (hashed) or link. */
export function RatifyForm({ input, env, result, readOnly, onChange }: Props<Ratify>) {
  return (
    <fieldset disabled={readOnly}>
      <legend>Ratify a principle</legend>
      <CharterPicker
        value={input.charter}
        env={env}
        error={errorFor(result, "charter")}
        onChange={(charter) => onChange({ ...input, charter })}
      />
      <Field label="Principle title" error={errorFor(result, "title")}>
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            value={input.title}
            onChange={(e) => onChange({ ...input, title: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Principle text"
        error={errorFor(result, "text")}
        hint="Stored as a data: URI unless you give a link; its keccak256 is the content hash."
      >
        {(id, d) => (
          <textarea
            id={id}
            aria-describedby={d}
            rows={4}
            value={input.text}
            onChange={(e) => onChange({ ...input, text: e.target.value })}
          />
        )}
      </Field>
      <Field label="Link to the text (optional)" error={errorFor(result, "uri")}>
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            value={input.uri}
            placeholder="https://… or ipfs://…"
            onChange={(e) => onChange({ ...input, uri: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}

/** Retire a ratified principle, picked from the charter's list, with a reason. */
export function RetireForm({ input, env, result, readOnly, onChange }: Props<Retire>) {
  const principles =
    env.charters.find((c) => c.address.toLowerCase() === input.charter.toLowerCase())?.principles ?? [];
  return (
    <fieldset disabled={readOnly}>
      <legend>Retire a principle</legend>
      <CharterPicker
        value={input.charter}
        env={env}
        error={errorFor(result, "charter")}
        onChange={(charter) => onChange({ ...input, charter })}
      />
      <Field label="Principle" error={errorFor(result, "id")}>
        {(id, d) => (
          <select
            id={id}
            aria-describedby={d}
            value={input.id}
            onChange={(e) => onChange({ ...input, id: e.target.value })}
          >
            <option value="">Pick a principle…</option>
            {principles
              .filter((p) => !p.retired)
              .map((p) => (
                <option key={String(p.id)} value={String(p.id)}>
                  #{String(p.id)} {p.title}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label="Reason" error={errorFor(result, "reason")}>
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            value={input.reason}
            onChange={(e) => onChange({ ...input, reason: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
