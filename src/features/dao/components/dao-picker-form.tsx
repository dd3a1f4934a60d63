import { type FormEvent, useId, useState } from "react";
import { checkPickerInput, type PickerInput, type PickerResult } from "@/domain/dao/picker-input";

type Errors = Extract<PickerResult, { ok: false }>["errors"];

/** Paste a chain and a governor address; validated inline before navigating. */
export function DaoPickerForm({
  chains,
  hasRpc,
  onOpen,
}: {
  chains: { id: number; name: string }[];
  hasRpc: (chainId: number) => boolean;
  onOpen: (dao: { chainId: number; address: string }) => void;
}) {
  const id = useId();
  const [input, setInput] = useState<PickerInput>({
    chain: String(chains[0]?.id ?? "1"),
    otherChainId: "",
    address: "",
  });
  const [errors, setErrors] = useState<Errors | null>(null);

  const update = (patch: Partial<PickerInput>) => {
    const next = { ...input, ...patch };
    setInput(next);
    // After a first failed submit, keep messages live so they clear as the person fixes the field.
    if (errors) {
      const r = checkPickerInput(next, hasRpc);
      setErrors(r.ok ? null : r.errors);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = checkPickerInput(input, hasRpc);
    if (r.ok) onOpen({ chainId: r.chainId, address: r.address });
    else setErrors(r.errors);
  };

  const chainError = errors?.chain;
  const addressError = errors?.address;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Open a DAO</h2>
      <p className="muted">Any OpenZeppelin Governor on any EVM chain: paste the governor's address.</p>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-chain`}>Chain</label>
          <select id={`${id}-chain`} value={input.chain} onChange={(e) => update({ chain: e.target.value })}>
            {chains.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.name} ({c.id})
              </option>
            ))}
            <option value="other">Other chain id…</option>
          </select>
        </div>
        {input.chain === "other" && (
          <div className="field">
            <label htmlFor={`${id}-other`}>Chain id</label>
            <input
              id={`${id}-other`}
              inputMode="numeric"
              value={input.otherChainId}
              onChange={(e) => update({ otherChainId: e.target.value })}
              aria-invalid={chainError ? true : undefined}
              aria-describedby={chainError ? `${id}-chain-error` : undefined}
            />
          </div>
        )}
      </div>
      {chainError && (
        <p id={`${id}-chain-error`} className="field-error">
          {chainError} {chainError.includes("Settings") && <a href="#/settings">Open Settings</a>}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-address`}>Governor address</label>
        <input
          id={`${id}-address`}
          className="mono"
          placeholder="0x…"
          spellCheck={false}
          autoComplete="off"
          value={input.address}
          onChange={(e) => update({ address: e.target.value })}
          aria-invalid={addressError ? true : undefined}
          aria-describedby={addressError ? `${id}-address-error` : undefined}
        />
        {addressError && (
          <p id={`${id}-address-error`} className="field-error">
            {addressError}
          </p>
        )}
      </div>
      <button type="submit" className="btn btn-primary">
        Open DAO
      </button>
    </form>
  );
}
