import type { AbiParameter } from "viem";
import { arrayShape, emptyFormValue, type FormValue } from "@/domain/abi-form/values";

type Tupleish = AbiParameter & { components?: readonly AbiParameter[] };

/** A form for one ABI parameter: a text box for scalars, nested forms for tuples and arrays. */
export function ArgInput({
  param,
  value,
  path,
  onChange,
}: {
  param: AbiParameter;
  value: FormValue;
  path: string;
  onChange: (v: FormValue) => void;
}) {
  const label = `${param.name || path} (${param.type})`;
  const arr = arrayShape(param);
  const list = Array.isArray(value) ? value : [];
  if (arr || param.type === "tuple") {
    const items = arr
      ? list.map((v, i) => ({ p: { ...arr.item, name: `${i}` }, v }))
      : ((param as Tupleish).components ?? []).map((c, i) => ({ p: c, v: list[i] ?? emptyFormValue(c) }));
    return (
      <fieldset className="arg-group">
        <legend>{label}</legend>
        {items.map(({ p, v }, i) => (
          <ArgInput
            key={`${path}.${p.name || i}`}
            param={p}
            value={v}
            path={`${path}.${p.name || i}`}
            onChange={(nv) =>
              onChange(list.map((x, k) => (k === i ? nv : x)).concat(i >= list.length ? [nv] : []))
            }
          />
        ))}
        {arr && arr.length === null && (
          <p className="arg-buttons">
            <button type="button" onClick={() => onChange([...list, emptyFormValue(arr.item)])}>
              Add item to {param.name || path}
            </button>
            {list.length > 0 && (
              <button type="button" onClick={() => onChange(list.slice(0, -1))}>
                Remove last item
              </button>
            )}
          </p>
        )}
      </fieldset>
    );
  }
  const text = typeof value === "string" ? value : "";
  if (param.type === "bool")
    return (
      <label className="arg-bool">
        <input
          type="checkbox"
          checked={text === "true"}
          onChange={(e) => onChange(e.target.checked ? "true" : "false")}
        />{" "}
        {label}
      </label>
    );
  return (
    <label className="arg-scalar">
      {label}
      <input value={text} spellCheck={false} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
