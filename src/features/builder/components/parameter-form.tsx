import type { TemplateInput } from "@/domain/drafts/draft";
import { errorFor, type TemplateResult } from "@/domain/drafts/template-result";
import type { BuilderEnv } from "../api/builder-env";
import { SelectField, TextField } from "./field";

type Input = Extract<TemplateInput, { kind: "parameter" }>;

/** Change one governance setting this governor has; shows its current value and unit. */
export function ParameterForm({
  input,
  env,
  result,
  readOnly,
  onChange,
}: {
  input: Input;
  env: BuilderEnv;
  result: TemplateResult;
  readOnly: boolean;
  onChange: (i: Input) => void;
}) {
  const setting = env.settings.find((s) => s.key === input.setting);
  return (
    <fieldset disabled={readOnly}>
      <legend>Change a setting</legend>
      <SelectField
        label="Setting"
        error={errorFor(result, "setting")}
        value={input.setting}
        onChange={(v) => onChange({ ...input, setting: v })}
      >
        <option value="">Pick a setting…</option>
        {env.settings.map((s) => (
          <option key={s.key} value={s.key}>
            {s.label}
          </option>
        ))}
      </SelectField>
      {setting && (
        <TextField
          label={`New value (${setting.unitLabel})`}
          error={errorFor(result, "value")}
          hint={`Now: ${setting.currentText}`}
          value={input.value}
          inputMode="decimal"
          onChange={(v) => onChange({ ...input, value: v })}
        />
      )}
    </fieldset>
  );
}
