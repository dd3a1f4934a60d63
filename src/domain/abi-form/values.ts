import { type AbiParameter, getAddress, isAddress, isHex, maxUint256, size } from "viem";
import { parseAmount } from "./amount";

/** What a form holds for one ABI parameter: text for a scalar, a list for arrays and tuples (nested forms). */
export type FormValue = string | FormValue[];

/** A converted argument, or the first problem with the path to the field ("recipients[1].amount"). */
export type ArgResult = { ok: true; value: unknown } | { ok: false; error: string; path: string };

type Tupleish = AbiParameter & { components: readonly AbiParameter[] };

const ARRAY = /^(.*)\[(\d*)\]$/;
const fail = (path: string, error: string): ArgResult => ({ ok: false, error, path });

/** The element type and fixed length (null when dynamic) of an array type, or null for a non-array. */
export function arrayShape(param: AbiParameter): { item: AbiParameter; length: number | null } | null {
  const m = ARRAY.exec(param.type);
  if (!m) return null;
  return { item: { ...param, type: m[1] ?? "" }, length: m[2] ? Number(m[2]) : null };
}

/** An empty form value of the right shape (fixed arrays and tuples get their slots). */
export function emptyFormValue(param: AbiParameter): FormValue {
  const arr = arrayShape(param);
  if (arr)
    return arr.length === null ? [] : Array.from({ length: arr.length }, () => emptyFormValue(arr.item));
  if (param.type === "tuple") return (param as Tupleish).components.map(emptyFormValue);
  return param.type === "bool" ? "false" : "";
}

function integer(type: string, text: string, path: string, decimals?: number): ArgResult {
  const signed = type.startsWith("int");
  const bits = Number(type.replace(/^u?int/, "") || "256");
  const t = text.trim();
  if (decimals !== undefined && !signed) {
    const a = parseAmount(t, decimals, { allowZero: true });
    return a.ok ? integer(type, a.value.toString(), path) : fail(path, a.error);
  }
  if (!/^-?\d+$/.test(t) && !/^0x[0-9a-fA-F]+$/.test(t)) return fail(path, `${type}: enter a whole number.`);
  const v = BigInt(t);
  const max = signed ? 2n ** BigInt(bits - 1) - 1n : bits === 256 ? maxUint256 : 2n ** BigInt(bits) - 1n;
  const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  if (v < min)
    return fail(path, signed ? `${type}: below the smallest value.` : `${type} cannot be negative.`);
  if (v > max) return fail(path, `${type}: too large (at most ${max}).`);
  return { ok: true, value: v };
}

function scalar(type: string, text: string, path: string, decimals?: number): ArgResult {
  const t = text.trim();
  if (type === "address") {
    if (!isAddress(t, { strict: false })) return fail(path, "Not an address (0x and 40 hex digits).");
    return { ok: true, value: getAddress(t) };
  }
  if (type === "bool") {
    if (t === "true" || t === "false") return { ok: true, value: t === "true" };
    return fail(path, "bool: true or false.");
  }
  if (type === "string") return { ok: true, value: text };
  if (/^u?int\d*$/.test(type)) return integer(type, t, path, decimals);
  if (type === "bytes") {
    if (!isHex(t, { strict: true }) || t.length % 2 !== 0)
      return fail(path, "bytes: 0x and an even number of hex digits.");
    return { ok: true, value: t };
  }
  const n = /^bytes(\d+)$/.exec(type);
  if (n) {
    if (!isHex(t, { strict: true }) || t.length % 2 !== 0 || size(t) !== Number(n[1]))
      return fail(path, `${type}: exactly ${n[1]} bytes (0x and ${Number(n[1]) * 2} hex digits).`);
    return { ok: true, value: t };
  }
  return fail(path, `The type ${type} is not supported.`);
}

/** Converts a form value to the typed argument viem encodes, checking every field. `decimals` scales a
 * top-level unsigned integer typed in human units. */
export function argFromForm(
  param: AbiParameter,
  value: FormValue,
  path = param.name || "value",
  decimals?: number,
): ArgResult {
  const arr = arrayShape(param);
  if (arr) {
    if (!Array.isArray(value)) return fail(path, "Expected a list.");
    if (arr.length !== null && value.length !== arr.length)
      return fail(path, `Exactly ${arr.length} items are needed.`);
    const out: unknown[] = [];
    for (const [i, v] of value.entries()) {
      const r = argFromForm(arr.item, v, `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  }
  if (param.type === "tuple") {
    const components = (param as Tupleish).components;
    if (!Array.isArray(value) || value.length !== components.length)
      return fail(path, "Expected every field of the tuple.");
    const out: unknown[] = [];
    for (const [i, c] of components.entries()) {
      const r = argFromForm(c, value[i] ?? "", `${path}.${c.name || i}`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  }
  if (typeof value !== "string") return fail(path, "Expected a single value.");
  return scalar(param.type, value, path, decimals);
}

/** Turns a JSON-ish value (Safe's `contractInputsValues`: arrays and tuples as JSON text) into a form value. */
export function formValueFromLoose(param: AbiParameter, value: unknown): FormValue {
  const nested = arrayShape(param) !== null || param.type === "tuple";
  let v = value;
  if (nested && typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return String(value);
    }
  }
  if (Array.isArray(v)) {
    const arr = arrayShape(param);
    if (arr) return v.map((x) => formValueFromLoose(arr.item, x));
    const comps = (param as Tupleish).components ?? [];
    return v.map((x, i) => (comps[i] ? formValueFromLoose(comps[i], x) : String(x)));
  }
  return typeof v === "string" ? v : String(v);
}
