import { useMemo } from "react";
import { parseAbiText } from "@/domain/abi-form/parse-abi";
import { emptyFormValue } from "@/domain/abi-form/values";
import type { TemplateInput } from "@/domain/drafts/draft";
import { errorFor, type TemplateResult } from "@/domain/drafts/template-result";
import type { BuilderEnv } from "../api/builder-env";
import { ArgInput } from "./arg-input";
import { Field, SelectField, TextField } from "./field";
import { ProxyNote } from "./proxy-note";

type Custom = Extract<TemplateInput, { kind: "custom" }>;
type Raw = Extract<TemplateInput, { kind: "raw" }>;
type Props<T> = {
  input: T;
  env: BuilderEnv;
  result: TemplateResult;
  readOnly: boolean;
  onChange: (i: T) => void;
};

/** The target and ETH fields that both call forms have. */
function CallField<T extends Custom | Raw>({
  name,
  input,
  result,
  onChange,
}: Omit<Props<T>, "env" | "readOnly"> & { name: "target" | "value" }) {
  return (
    <TextField
      label={name === "target" ? "Target address" : "ETH to send"}
      error={errorFor(result, name)}
      value={input[name]}
      spellCheck={false}
      inputMode={name === "value" ? "decimal" : undefined}
      onChange={(v) => onChange({ ...input, [name]: v })}
    />
  );
}

/** Any contract call: target, an ABI (a known contract's, or pasted JSON / signatures), a function, its args. */
export function CustomForm({ input, env, result, readOnly, onChange }: Props<Custom>) {
  const parsed = useMemo(() => parseAbiText(input.abi), [input.abi]);
  const fns = parsed.ok ? parsed.functions : [];
  const fn = fns.find((f) => f.signature === input.signature);
  const pickKnown = (address: string) => {
    const k = env.known.find((c) => c.address === address);
    if (k) onChange({ ...input, target: k.address, abi: JSON.stringify(k.abi), signature: "", args: [] });
  };
  return (
    <fieldset disabled={readOnly}>
      <legend>Contract call</legend>
      <Field label="Known contract (optional)">
        {(id) => (
          <select id={id} value="" onChange={(e) => pickKnown(e.target.value)}>
            <option value="">Use the ABI of…</option>
            {env.known.map((k) => (
              <option key={k.address} value={k.address}>
                {k.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CallField name="target" input={input} result={result} onChange={onChange} />
      {!readOnly && (
        <ProxyNote
          env={env}
          target={input.target}
          onUseAbi={(k) => onChange({ ...input, abi: JSON.stringify(k.abi), signature: "", args: [] })}
        />
      )}
      <TextField
        label="ABI (JSON, or one signature a line)"
        error={errorFor(result, "abi")}
        rows={3}
        value={input.abi}
        spellCheck={false}
        placeholder="function transfer(address to, uint256 amount)"
        onChange={(abi) => onChange({ ...input, abi, signature: "" })}
      />
      {fns.length > 0 && (
        <SelectField
          label="Function"
          error={errorFor(result, "function")}
          value={input.signature}
          onChange={(signature) => {
            const f = fns.find((x) => x.signature === signature);
            onChange({ ...input, signature, args: f ? f.fn.inputs.map(emptyFormValue) : [] });
          }}
        >
          <option value="">Pick a function…</option>
          {fns.map((f) => (
            <option key={f.signature} value={f.signature}>
              {f.signature}
            </option>
          ))}
        </SelectField>
      )}
      {fn?.fn.inputs.map((p, i) => (
        <div key={`${fn.signature}-${p.name || i}`}>
          <ArgInput
            param={p}
            value={input.args[i] ?? emptyFormValue(p)}
            path={p.name || `arg${i}`}
            onChange={(v) =>
              onChange({
                ...input,
                args: fn.fn.inputs.map((q, k) => (k === i ? v : (input.args[k] ?? emptyFormValue(q)))),
              })
            }
          />
          {errorFor(result, `arg${i}`) && <span className="field-error">{errorFor(result, `arg${i}`)}</span>}
        </div>
      ))}
      {fn?.fn.stateMutability === "payable" && (
        <CallField name="value" input={input} result={result} onChange={onChange} />
      )}
    </fieldset>
  );
}

/** Raw calldata to a target (decoded in the preview when the app knows the function). */
export function RawForm({ input, result, readOnly, onChange }: Props<Raw>) {
  return (
    <fieldset disabled={readOnly}>
      <legend>Raw call</legend>
      <CallField name="target" input={input} result={result} onChange={onChange} />
      <CallField name="value" input={input} result={result} onChange={onChange} />
      <TextField
        label="Calldata"
        error={errorFor(result, "calldata")}
        rows={2}
        value={input.calldata}
        spellCheck={false}
        onChange={(calldata) => onChange({ ...input, calldata })}
      />
    </fieldset>
  );
}
