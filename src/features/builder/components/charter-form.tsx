import type { TemplateInput } from "@/domain/drafts/draft";
import { errorFor, type TemplateResult } from "@/domain/drafts/template-result";
import type { BuilderEnv } from "../api/builder-env";
import { SelectField, TextField } from "./field";

type Ratify = Extract<TemplateInput, { kind: "charter-ratify" }>;
type Retire = Extract<TemplateInput, { kind: "charter-retire" }>;
type Props<T> = {
  input: T;
  env: BuilderEnv;
  result: TemplateResult;
  readOnly: boolean;
  onChange: (i: T) => void;
};

function CharterPicker({ input, env, result, onChange }: Omit<Props<Ratify | Retire>, "readOnly">) {
  return (
    <TextField
      label="Charter contract"
      error={errorFor(result, "charter")}
      hint={
        env.charters.length === 0
          ? "No charter found among this DAO's contracts: paste its address."
          : undefined
      }
      value={input.charter}
      spellCheck={false}
      onChange={(charter) => onChange({ ...input, charter })}
    />
  );
}

/** Ratify a principle: title, text (hashed) or link. */
export function RatifyForm({ input, env, result, readOnly, onChange }: Props<Ratify>) {
  const set = (patch: Partial<Ratify>) => onChange({ ...input, ...patch });
  return (
    <fieldset disabled={readOnly}>
      <legend>Ratify a principle</legend>
      <CharterPicker input={input} env={env} result={result} onChange={(i) => set(i as Ratify)} />
      <TextField
        label="Principle title"
        error={errorFor(result, "title")}
        value={input.title}
        onChange={(title) => set({ title })}
      />
      <TextField
        label="Principle text"
        error={errorFor(result, "text")}
        hint="Stored as a data: URI unless you give a link; its keccak256 is the content hash."
        rows={4}
        value={input.text}
        onChange={(text) => set({ text })}
      />
      <TextField
        label="Link to the text (optional)"
        error={errorFor(result, "uri")}
        value={input.uri}
        placeholder="https://… or ipfs://…"
        onChange={(uri) => set({ uri })}
      />
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
      <CharterPicker input={input} env={env} result={result} onChange={(i) => onChange(i as Retire)} />
      <SelectField
        label="Principle"
        error={errorFor(result, "id")}
        value={input.id}
        onChange={(id) => onChange({ ...input, id })}
      >
        <option value="">Pick a principle…</option>
        {principles
          .filter((p) => !p.retired)
          .map((p) => (
            <option key={String(p.id)} value={String(p.id)}>
              #{String(p.id)} {p.title}
            </option>
          ))}
      </SelectField>
      <TextField
        label="Reason"
        error={errorFor(result, "reason")}
        value={input.reason}
        onChange={(reason) => onChange({ ...input, reason })}
      />
    </fieldset>
  );
}
