import { type InputHTMLAttributes, type ReactNode, useId } from "react";

/** A labelled form field with its error announced beside it. */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const errId = `${id}-err`;
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, error ? errId : undefined)}
      {hint && <span className="field-hint">{hint}</span>}
      {error && (
        <span id={errId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

type Labelled = { label: string; error?: string | undefined; hint?: ReactNode };
type TextProps = Labelled & {
  value: string;
  onChange: (v: string) => void;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "placeholder" | "inputMode" | "spellCheck" | "list">;

/** A labelled text input (or textarea, with `rows`) with its error and hint. */
export function TextField({ label, error, hint, value, onChange, rows, ...rest }: TextProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(id, d) =>
        rows ? (
          <textarea
            id={id}
            aria-describedby={d}
            rows={rows}
            value={value}
            spellCheck={rest.spellCheck}
            placeholder={rest.placeholder}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            aria-describedby={d}
            value={value}
            {...rest}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A labelled select with its error and hint; `children` are its options. */
export function SelectField({
  label,
  error,
  hint,
  value,
  onChange,
  children,
}: Labelled & { value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(id, d) => (
        <select id={id} aria-describedby={d} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}
