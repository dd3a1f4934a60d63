import { type FormEvent, useId, useState } from "react";

/** Adds an editor for a chain the app does not know by name. */
export function AddChainForm({ known, onAdd }: { known: number[]; onAdd: (chainId: number) => void }) {
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0)
      return setError("Enter the chain id as a whole number.");
    if (known.includes(n)) return setError(`Chain ${n} is already listed above.`);
    setError(null);
    setValue("");
    onAdd(n);
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Another chain</h2>
      <div className="field">
        <label htmlFor={`${id}-id`}>Chain id</label>
        <input
          id={`${id}-id`}
          inputMode="numeric"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
        />
        {error && (
          <p id={`${id}-err`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="btn">
        Add chain
      </button>
    </form>
  );
}
