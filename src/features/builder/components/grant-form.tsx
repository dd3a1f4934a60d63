import type { GrantLine } from "@/domain/drafts/draft";
import { errorFor, type TemplateResult } from "@/domain/drafts/template-result";
import { formatAmount } from "@/lib/format";
import type { BuilderEnv } from "../api/builder-env";
import { SelectField, TextField } from "./field";

type Props = {
  lines: GrantLine[];
  env: BuilderEnv;
  result: TemplateResult;
  readOnly: boolean;
  onChange: (lines: GrantLine[]) => void;
};

/** Funding grant: recipients, each paid in ETH or a token the treasury holds. */
export function GrantForm({ lines, env, result, readOnly, onChange }: Props) {
  const set = (i: number, patch: Partial<GrantLine>) =>
    onChange(lines.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="grant-form" disabled={readOnly}>
      <legend>Recipients</legend>
      {lines.map((l, i) => (
        // Lines have no identity beyond their place; reordering them is not offered.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="grant-line" key={i}>
          <TextField
            label={`Recipient ${i + 1} address`}
            error={errorFor(result, "to", i)}
            value={l.to}
            spellCheck={false}
            placeholder="0x…"
            onChange={(to) => set(i, { to })}
          />
          <SelectField
            label={`Recipient ${i + 1} asset`}
            error={errorFor(result, "asset", i)}
            value={l.asset}
            onChange={(asset) => set(i, { asset })}
          >
            {env.assets.map((a) => (
              <option key={a.asset} value={a.asset}>
                {a.symbol} (treasury: {a.balance === null ? "unknown" : formatAmount(a.balance, a.decimals)})
              </option>
            ))}
          </SelectField>
          <TextField
            label={`Recipient ${i + 1} amount`}
            error={errorFor(result, "amount", i)}
            value={l.amount}
            inputMode="decimal"
            placeholder="0.0"
            onChange={(amount) => set(i, { amount })}
          />
          {!readOnly && lines.length > 1 && (
            <button
              type="button"
              className="button-link"
              onClick={() => onChange(lines.filter((_, k) => k !== i))}
            >
              Remove recipient {i + 1}
            </button>
          )}
        </div>
      ))}
      {errorFor(result, "lines") && <p className="field-error">{errorFor(result, "lines")}</p>}
      {!readOnly && (
        <button type="button" onClick={() => onChange([...lines, { to: "", asset: "ETH", amount: "" }])}>
          Add a recipient
        </button>
      )}
    </fieldset>
  );
}
